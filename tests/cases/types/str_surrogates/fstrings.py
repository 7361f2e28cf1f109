# f-strings and %-formatting whose pieces meet at a lone high and a lone low surrogate keep
# two code points (CPython's str is a sequence of code points, not of UTF-16 units).
hi = "\ud83d"
lo = "\ude00"
pair = hi + lo

s = f"{hi}{lo}"
print(len(s), ascii(s), s == pair)
s = f"x{hi}{lo}y"
print(len(s), ascii(s), [hex(ord(c)) for c in s])
s = f"{pair!s}"
print(len(s), ascii(s))
s = f"{pair}"
print(len(s), ascii(s))
s = f"{pair!r}"
print(len(s), ascii(s))
s = f"[{pair:>6}]"
print(len(s), ascii(s))
s = "%s%s" % (hi, lo)
print(len(s), ascii(s))
s = f"{hi}" f"{lo}"
print(len(s), ascii(s))
# A real astral character stays one code point.
s = f"{chr(0x1F600)}{lo}"
print(len(s), ascii(s))
print(f"{'a'}{'b'}", len(f"{hi}x{lo}"))
