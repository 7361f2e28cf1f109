# The default settings take a native path; these values must come out as the Python encoder and
# scanner make them (and errors must keep CPython's messages).
import json
data = {"b": [1, 2.5, -0.0, 1e300, 12345678901234567890123, True, None, "é\u2028😀\x7f"], "a": {"x": [], "y": {}}, "": ()}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, separators=(",", ":")))
print(json.loads(s) == {"b": [1, 2.5, -0.0, 1e300, 12345678901234567890123, True, None, "é\u2028😀\x7f"], "a": {"x": [], "y": {}}, "": []})
print(json.loads('{"a": 1, "a": 2, "b": [1e5, 1E-3, -12, 0.5e1, "\\ud83d\\ude00\\u00e9\\n"]}'))
print(json.loads(' [NaN, Infinity, -Infinity] '), json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps({"z": 1, "\U0001f600": 2, "\uffff": 3}, sort_keys=True))
for bad in ['{"a": 1,}', "[1 2]", '{"a" 1}', '"\\ud83d"x', "[" * 3, "12 13", "1.5e", '"\x01"']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), e)
for f in [lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True), lambda: json.dumps([float("nan")], allow_nan=False), lambda: json.dumps({"k": object()})]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
class L(list):
    pass
print(json.dumps([S("sub"), L([1]), (1, 2)]), json.loads('"x"'), json.loads("  7  "), json.loads("[]"))
