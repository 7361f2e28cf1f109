# json with a str holding a lone high surrogate followed by a lone low one (two code points):
# ensure_ascii escapes each as \udXXX; without it they are written as they are, and loads reads
# the raw text back as the same two code points, but the escaped text as the one character the
# escaped pair stands for (JSON strings are UTF-16).
import json

pair = "\ud800" + "\udc00"
for value in [pair, "x" + pair + "\n", [pair, {pair: pair + "\U0001f600"}], {"k": "\udbff" + "\udfff"}]:
    text = json.dumps(value)
    print(text)
    raw = json.dumps(value, ensure_ascii=False)
    print(ascii(raw), json.loads(raw) == value)
    print(ascii(json.loads(text)), json.loads(text) == value)
print(json.dumps([pair], indent=1, sort_keys=True))
print(ascii(json.dumps({pair: 1, "a": pair}, ensure_ascii=False, sort_keys=True)))
print(json.encoder.encode_basestring_ascii(pair), ascii(json.encoder.encode_basestring(pair)))
print(ascii(json.loads('"\\ud800"') + json.loads('"\\udc00"')))
