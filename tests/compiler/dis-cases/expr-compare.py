a = b = 1
x = a < b
y = a == b != 3
z = a < b < 3 <= 4
w = a is None
v = a is not None
u = a in [1, 2, 3]
t = a not in {1, 2, 3}
s = not (a in b)
r = not (a is b)
