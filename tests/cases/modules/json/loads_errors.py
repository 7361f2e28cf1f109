import json
for s in ["", "{", "[1,]", '{"a" 1}', "{'a': 1}", "tru", "[1] x", '"\\x"', '"abc', "01", "1.", '{"a":1,}', "[", "\x00", '"\t"', "[1, 2", "nul", "{1: 2}", "  ", "-", "1e"]:
    try:
        json.loads(s)
        print(repr(s), "ok")
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos, e.lineno, e.colno, "|", e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError))
