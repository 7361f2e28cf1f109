class CM:
    pass


cm = CM()
cm.__enter__ = lambda: "instance enter"
cm.__exit__ = lambda *a: None
try:
    with cm:
        pass
except TypeError as e:
    print(e)
cm.__call__ = lambda: "instance call"
try:
    cm()
except TypeError as e:
    print(e)
cm.__iter__ = lambda: iter([1])
try:
    list(cm)
except TypeError as e:
    print(e)
CM.__call__ = lambda self: "class call"
print(cm())
