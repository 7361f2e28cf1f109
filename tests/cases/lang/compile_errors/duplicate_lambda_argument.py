print("never printed")
f = lambda x, *, x=1: x
