a[*b]
a[*b, c]
a[1, *b] = 3
print(*a, *b, c, **d, e=1)
f(a, *b, c=1, *d, **e)
f(**a, **b)
f(x=1, *a)
