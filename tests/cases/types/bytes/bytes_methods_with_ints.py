b = b"hello"
print(b.count(108), b.find(111), b.index(104), b.rfind(108), b.rindex(108), 108 in b, b.replace(b"l", b"L", 1), b.strip(b"ho"), b.split(b"l"))
for f in [lambda: b.count(300), lambda: b.find(-5), lambda: b.index(120), lambda: b.count(1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
