s = "a\ud83d\ude00b"
print(len(s), repr(s[0]), repr(s[1]), repr(s[2]), repr(s[-1]), repr(s[-2]), repr(s[-3]))
print(repr(s[1:3]), repr(s[:2]), repr(s[2:]), repr(s[::-1]), repr(s[1:3][::-1]), repr(s[::3]))
print([repr(c) for c in s])
print(list(map(ord, s)), list(enumerate(s))[1:3] == [(1, "\ud83d"), (2, "\ude00")])
a, b = "\ud83d\ude00"
print(repr(a), repr(b), repr("".join(reversed(s))))
it = iter("\ud83d\ude00")
print(type(it).__name__, repr(next(it)), it.__length_hint__(), repr(next(it)), next(it, "end"))
try:
    s[4]
except IndexError as e:
    print("IndexError", e)
print(bool("\ud83d\ude00"), s.__len__(), len(s * 3), repr((s * 2)[4:6]))
print(repr(max("\ud83d\ude00")), repr(min("\ud83d\ude00")), sorted("\ude00\ud83d") == ["\ud83d", "\ude00"])
print(list(zip("\ud83d\ude00", "xy")) == [("\ud83d", "x"), ("\ude00", "y")])
