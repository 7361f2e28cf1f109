import json
data = {"name": "x", "list": [1, [2, 3], {}], "empty": [], "obj": {"k": None}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"a": [1]}, indent=" "))
print(json.dumps({"a": 1}, indent=4, separators=(",", ": ")))
