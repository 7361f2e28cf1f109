import itertools
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
c = itertools.chain(noisy(2), noisy(1))
print("created")
print(next(c))
print(list(c))
z = itertools.islice(noisy(100), 2)
print(list(z))
t = itertools.takewhile(lambda x: x < 1, noisy(5))
print(list(t))
