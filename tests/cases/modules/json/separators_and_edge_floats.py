import json
vals = [1e16, 1e-7, 1.0, 0.1, -0.0, 123456789.123, 2.0 ** 60, 5e-324, 1.7976931348623157e308]
print(json.dumps(vals))
print(json.dumps(vals, separators=(",", ":")))
print(json.dumps({"a": [1, {"b": None}]}, separators=(", ", ": "), indent=None))
print(json.dumps([[], {}, [[]], [{}]], indent=2))
print(json.loads("[1E400, -1E400, 1e-400]"), json.loads("1.0"), type(json.loads("1.0")).__name__, json.loads("10000000000000000000000"))
