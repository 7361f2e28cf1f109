a, b = 1, 2
a, b = b, a
a, b, c = c, b, a
a, *b = [1, 2, 3]
*a, b = range(5)
(a, b), c = (1, 2), 3
[a, b] = [b, a]
x = y = z = 0
