def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


g = gen("first")
next(g)
del g
print("after del")
for v in gen("loop"):
    print("value", v)
    break
print("after break")
g = gen("rebound")
next(g)
g = None
print("end")
