import json
s = "tab\t nl\n quote\" back\\ slash/ bell\x07 é 日 😀 \u2028 \ufeff"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.loads('"\\u0041\\u00e9\\u65e5\\ud83d\\ude00"'), json.loads('"\\/"'), repr(json.loads('"\\b\\f\\n\\r\\t"')))
print(json.dumps({"é": "ü"}), json.dumps({"é": "ü"}, ensure_ascii=False), json.dumps(["\x00", "\x1f", "\x7f"]))
