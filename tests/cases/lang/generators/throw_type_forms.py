def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)


g = gen()
next(g)
g.throw(ValueError)
g.throw(ValueError("instance"))
g.throw(TypeError, "value arg")
g.throw(KeyError, ("tuple", "args"))
try:
    g.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(int)
except TypeError as e:
    print("TypeError:", e)
