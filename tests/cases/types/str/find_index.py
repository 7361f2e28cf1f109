s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"), s.find(""), s.find("", 100), s.find("", 18), s.find("o", -5))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind(""), s.rfind("", 5, 3))
print(s.index("world"), s.rindex("l"), s.find("l", -3, -1), s.find("h", None, None))
for f in [lambda: s.index("xyz"), lambda: s.rindex("xyz"), lambda: s.find(1), lambda: s.index("h", "a"), lambda: s.find()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
