a = b = c = d = 1
x = a if b else c if d else a
y = [*a, *b], (*a,), {*a, *b}, {**a, **b}
z = a[b:c, d], a[...], a[1:2:3]
del a.b, a[c], (d, x)
print(*a, sep="")
a.b.c.d(1)(2)[3]
w = not not a
v = -(-a)
u = ~~a
t = a < b > c
s = (a, b) < (c, d)
r = f"{a}" f"{b!r}" "c"
q = f"{'nested' + f'{a}'}"
p = f"{a:{b}.{c}}"
