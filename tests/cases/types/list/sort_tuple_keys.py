people = [("bob", 25, "nyc"), ("alice", 30, "la"), ("carol", 25, "sf"), ("dave", 30, "nyc"), ("eve", 22, "la")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(sorted(people, key=lambda p: p[2]))
print(sorted(people, key=lambda p: (p[2], -p[1]), reverse=True))
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))))
print(sorted([3, -1, 2, -5, 4], key=abs), sorted([3, -1, 2, -5, 4], key=lambda x: (x < 0, x)))
