s = {1, True, 1.0}
print(s, len(s))
s = {True, 1, 1.0}
print(s)
s = {0.0, False, 0, -0.0}
print(s)
s = set()
s.add(2.0)
s.add(2)
print(s, 2 in s, 2.0 in s)
print({1, 2} == {1.0, 2.0}, {True} == {1}, {0j} == {0})
