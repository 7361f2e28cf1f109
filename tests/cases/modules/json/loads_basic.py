import json
print(json.loads('{"a": [1, 2.5, null, true, false], "b": "s"}'), json.loads("[]"), json.loads('"\\u00e9\\n"'), json.loads("  1e5 "), json.loads("-0"), json.loads("-0.0"), json.loads("12345678901234567890"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"), json.loads('"\\ud83d\\ude00"'), json.loads('{"a": 1, "a": 2}'), json.loads(b'{"x": 1}'), json.loads('"\\ud800"') == "\ud800")
print(json.loads('{"n": 1.5}', parse_float=str), json.loads("[1, 2]", parse_int=float), json.loads("[NaN]", parse_constant=lambda s: s))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
