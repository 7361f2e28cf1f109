i = "outer i"
squares = [i * i for i in range(5)]
print(squares, i)
d = {k: k + 1 for k in range(3)}
print(d)
s = sorted({j % 3 for j in range(10)})
print(s)
g = (n for n in range(3))
print(list(g))
try:
    n
except NameError as e:
    print(e)
try:
    k
except NameError as e:
    print(e)


def f():
    x = 5
    return [x + y for y in range(3)]


print(f())
