class P:
    pass
p = P()
print(p.__eq__(p), p.__eq__(P()), p.__ne__(p), p.__lt__(p), p.__str__() == p.__repr__(), p.__format__("") == str(p), p.__sizeof__() > 0, p.__reduce_ex__(2)[0].__name__)
print(P.__init__ is object.__init__, P.__hash__ is object.__hash__, P.__str__ is object.__str__, P.__module__, P.__qualname__, P.__doc__, P.__dict__["__module__"])
try:
    format(p, "x")
except TypeError as e:
    print(e)
print(sorted(k for k in P.__dict__))
