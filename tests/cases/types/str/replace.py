s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace("xyz", "!"))
print(repr("abc".replace("", "-")), repr("abc".replace("", "-", 2)), repr("".replace("", "x")), repr("aaa".replace("a", "")), repr("aaa".replace("aa", "b")))
print("日本日本".replace("本", "x"), "a\u0301".replace("\u0301", ""))
try:
    s.replace("a", 1)
except TypeError as e:
    print(e)
