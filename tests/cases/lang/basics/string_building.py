parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
s = ""
for word in ["join", "me", "up"]:
    s += word.capitalize()
print(s)
lines = ["first", "second", "third"]
print("\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1)))
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for name, qty in table:
    print(f"{name:<8}|{qty!s:>5}")
print("=" * 14)
print(str(123) + str(4.5) + str(None) + str(True) + str([1]))
