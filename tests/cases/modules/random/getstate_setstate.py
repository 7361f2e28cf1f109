import random
r = random.Random(123)
r.random()
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b, a, type(state).__name__, state[0], len(state[1]), state[2])
g1 = r.gauss(0, 1)
st = r.getstate()
g2 = r.gauss(0, 1)
r.setstate(st)
print(g2 == r.gauss(0, 1), g1 != g2)
random.seed(8)
s = random.getstate()
x = random.randint(0, 10 ** 6)
random.setstate(s)
print(x == random.randint(0, 10 ** 6))
try:
    r.setstate((99, (), None))
except ValueError as e:
    print(e)
