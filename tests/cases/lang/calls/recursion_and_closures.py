# Recursive calls deeper than any frame reuse, closures over free variables, defaults, methods
# and class instantiation called repeatedly give the same results with frames reused.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(20)])

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

print(deep(500), deep(30), deep(500))

def make_adder(k):
    def add(x, y=1):
        return x + y + k
    return add

adders = [make_adder(k) for k in range(5)]
print([a(10) for a in adders], [a(10, 0) for a in adders])

class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    @property
    def twice(self):
        return self.norm1() * 2

ps = [P(i, -i) for i in range(10)]
print(sum(p.norm1() for p in ps), [p.twice for p in ps[:4]])

def mutual_a(n):
    return "a" if n == 0 else mutual_b(n - 1)

def mutual_b(n):
    return "b" if n == 0 else mutual_a(n - 1)

print([mutual_a(i) for i in range(9)])

def gen(n):
    for i in range(n):
        yield helper(i)

def helper(i):
    return i * i

g1, g2 = gen(4), gen(3)
print(list(zip(g1, g2)), g1.gi_frame is None)
