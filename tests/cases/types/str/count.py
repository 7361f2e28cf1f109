s = "aaaa"
print(s.count("a"), s.count("aa"), s.count(""), s.count("", 1), s.count("", 10), s.count("a", 1, 3), s.count("a", -2), "".count(""), "".count("a"))
print("banana".count("ana"), "abcabc".count("abc", 1), "日本日本".count("日"), "x".count("", 2))
try:
    "a".count(None)
except TypeError as e:
    print(e)
