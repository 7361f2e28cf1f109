# A suspended generator inside try/finally is closed when its last reference goes.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

g = gen("a")
print(next(g))
g = gen("b")
print("rebound")
print(next(g))
for v in gen("c"):
    print("loop got", v)
    break
print("after break")
g = None
print("end")
