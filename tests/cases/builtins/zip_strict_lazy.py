def gen(n, name):
    for i in range(n):
        print(name, "yields", i)
        yield i
z = zip(gen(2, "A"), gen(3, "B"), strict=True)
try:
    for pair in z:
        print(pair)
except ValueError as e:
    print(e)
z = zip(gen(1, "A"), gen(1, "B"))
print(list(z))
z = zip(gen(3, "A"), gen(1, "B"))
print(list(z))
