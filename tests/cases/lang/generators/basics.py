def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")


g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(gen()))
try:
    next(g)
except StopIteration:
    print("still exhausted")
