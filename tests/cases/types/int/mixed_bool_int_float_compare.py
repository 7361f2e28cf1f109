vals = [True, 1, 1.0, 1 + 0j, False, 0, 0.0, -0.0, 2, 2.5]
print([[a == b for b in vals] for a in vals[:4]])
print(sorted([2.5, True, 0, -0.0, 2, False], key=lambda x: (x, type(x).__name__)))
print(True + 0.5, 1 == True == 1.0, hash(True) == hash(1) == hash(1.0))
