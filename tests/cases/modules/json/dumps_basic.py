import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "str"}), json.dumps([]), json.dumps("é"), json.dumps("é", ensure_ascii=False), json.dumps("\n\t\"\\/"), json.dumps("\U0001f600"))
print(json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 30), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(float("-inf")), json.dumps((1, 2)), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(";", "=")))
print(json.dumps("\x00\x1f\x7f\u2028"), json.dumps(True), json.dumps(None))
