config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": True, "tags": ("a", "b")}
print(config)
print(config["db"]["ports"][-1], config.get("db", {}).get("user", "anon"), list(config), sorted(config["db"]))
config["db"]["ports"].append(6000)
import copy
c2 = copy.deepcopy(config)
c2["db"]["host"] = "remote"
print(config["db"]["host"], c2["db"]["host"], config == c2)
def walk(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, prefix + k + ".")
        else:
            yield prefix + k, v
print(list(walk(config)))
