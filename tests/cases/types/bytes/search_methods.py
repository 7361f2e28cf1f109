b = b"hello world, hello"
print(b.find(b"hello"), b.find(b"hello", 1), b.find(111), b.rfind(b"o"), b.index(b"world"), b.rindex(108), b.count(b"l"), b.count(108), b.count(b""))
print(b.startswith(b"hell"), b.endswith((b"x", b"llo")), b.startswith(b"w", 6), b"o" in b, 111 in b, b"" in b, b.find(b"", 100))
for f in [lambda: b.index(b"zz"), lambda: b.find("h"), lambda: 1000 in b, lambda: "h" in b, lambda: b.startswith("h"), lambda: b.count(256), lambda: b.find(-1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
