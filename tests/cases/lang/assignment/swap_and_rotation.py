a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
lst[i], i = 99, 2
print(lst, i)


class P:
    pass


p = P()
p.x, p.y = "x", "y"
p.x, p.y = p.y, p.x
print(p.x, p.y)
