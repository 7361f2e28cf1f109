# any(), all() and str.join over Python generators: where any/all stop (the generator stays
# suspended there), items whose truth runs Python code, join's errors.
class T:
    def __bool__(self): print("bool T"); return False
def gen(xs):
    for x in xs:
        print("yield", x if not isinstance(x, T) else "T")
        yield x
g = gen([0, "", None, 0.0, [], 3, 4])
print(any(g), list(g))
g = gen([1, "a", 2.5, [1], 0, 5])
print(all(g), list(g))
print(any(gen([])), all(gen([])))
print(any(gen([0, T(), 0])), all(gen([1, T(), 1])))
print("-".join(x for x in "abc"), ", ".join(str(i) for i in range(4)))
try: "".join(x for x in [1])
except TypeError as e: print(e)
