records = [("ann", "b", 3), ("bob", "a", 1), ("cid", "b", 1), ("dee", "a", 3), ("eve", "c", 2)]
s = sorted(records, key=lambda r: r[2], reverse=True)
s = sorted(s, key=lambda r: r[1])
print(s)
t = list(records)
t.sort(key=lambda r: r[0], reverse=True)
t.sort(key=lambda r: r[2])
print(t)
print(sorted(records, key=lambda r: (r[1], -r[2], r[0])))
