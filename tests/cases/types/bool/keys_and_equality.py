d = {1: "int", True: "bool", 1.0: "float"}
print(d, len(d))
d2 = {True: "a", 1: "b"}
print(d2)
s = {0, False, 0.0, -0.0, 0j}
print(s)
print(True == 1, False == 0, True == 1.0, hash(True), hash(False), [True, 1].count(1), (1, True).index(True))
print(sorted([True, False, 2, -1, 0.5]), max(True, 1), max(1, True), min(False, 0))
