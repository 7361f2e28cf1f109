# The shared Load()/USub() instances ast hands out live in the _ast module state: a weak
# reference to one survives a collection, and the next parse gives the same object.
import ast, gc, weakref
n = ast.parse("-x").body[0].value.op
r = weakref.ref(n)
print(type(n).__name__, r() is n)
del n
gc.collect()
print(r() is not None, r() is ast.parse("-y").body[0].value.op)
