import unicodedata
text = "caf\u00e9 \u20ac \U0001f600 \u4e00 \uac01 \x07 \ue000 \U000e0001"
print(text.encode("ascii", "namereplace"))
print(text.encode("latin-1", "namereplace"))
import codecs
print(codecs.encode("\u00e9\u00df", "ascii", "namereplace"))
for ch in text:
    if ord(ch) > 127:
        assert ch.encode("ascii", "namereplace") in (b"\\N{" + unicodedata.name(ch, "").encode() + b"}", ch.encode("unicode_escape"))
print("ok")
