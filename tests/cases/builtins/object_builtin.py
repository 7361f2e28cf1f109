o = object()
print(type(o).__name__, object.__name__, object.__bases__, object.__mro__, isinstance(5, object), type(object.__init__).__name__)
for f in [lambda: object(1), lambda: setattr(o, "x", 1), lambda: o.x, lambda: object.__new__(5), lambda: object().__dict__]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(o == o, o != object(), o.__eq__(1), o.__ne__(o), o.__hash__() == hash(o), o.__class__ is object, str(object.__doc__)[:30])
print(object.__subclasshook__() if False else object.__init_subclass__() , object.__reduce_ex__(5, 2)[1:] if False else "-")
