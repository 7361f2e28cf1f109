print("never printed")
a, *b, *c = range(10)
