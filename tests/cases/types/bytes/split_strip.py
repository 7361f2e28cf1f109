b = b"  a b\t\nc  "
print(b.split(), b.split(b" "), b.rsplit(None, 1), b.strip(), b.lstrip(), b.rstrip(), b"xxaxx".strip(b"x"), b"abc".strip(b"ca"))
print(b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"".split(), b"".split(b","))
print(b"a\x1cb\x85c\xa0d".split(), b"a\x0bb\x0cc".split())
for f in [lambda: b.split(b""), lambda: b.split(","), lambda: b.strip("a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
