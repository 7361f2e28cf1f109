import unicodedata
for ch in "aZ é€😀\u0300\uac00\ud7a3\u4e00\U00020000\uf900\U0001b170\U00018b00\U00018800\u1f600":
    print(hex(ord(ch)), unicodedata.name(ch, "<none>"))
for cp in [0, 0x7f, 0xe000, 0xd800, 0x10ffff, 0x17000, 0x3400, 0x9fff, 0xa000]:
    print(hex(cp), unicodedata.name(chr(cp), None))
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)
