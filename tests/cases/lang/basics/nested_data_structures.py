config = {
    "servers": [
        {"name": "alpha", "ports": [80, 443], "tags": {"web": True}},
        {"name": "beta", "ports": [22], "tags": {}},
    ],
    "version": (1, 2),
}
print(config["servers"][0]["ports"][1])
print([s["name"] for s in config["servers"] if s["tags"].get("web")])
config["servers"][1]["ports"].append(2222)
print(config)
shallow = dict(config)
shallow["version"] = (2, 0)
print(config["version"], shallow["version"], shallow["servers"] is config["servers"])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, list(zip(*matrix)))
