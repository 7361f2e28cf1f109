def gen():
    try:
        yield 1
    finally:
        print("finally")


g = gen()
del g
print("unstarted: no finally")
g = gen()
print(list(g))
del g
print("finished: finally ran once")
g = gen()
next(g)
g.close()
print("closed")
del g
print("end")
