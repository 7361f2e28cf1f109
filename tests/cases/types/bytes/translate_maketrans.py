t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcdef".translate(t, b"de"), b"abcabc".translate(None, b"b"), bytearray(b"cab").translate(t))
for f in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".translate(b"short"), lambda: bytes.maketrans("a", "b")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
