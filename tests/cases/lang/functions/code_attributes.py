def f(a, b, /, c, *args, d, e=1, **kw):
    x = a
    y = [c]

    def inner():
        return y

    return inner


c = f.__code__
print(c.co_name, c.co_qualname)
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_nlocals)
print(c.co_varnames)
print(c.co_cellvars, c.co_freevars)
print(c.co_firstlineno)
print(c.co_flags & 0x04 != 0, c.co_flags & 0x08 != 0)
print(c.co_filename.endswith("code_attributes.py"))
g = lambda: None
print(g.__code__.co_name, g.__name__)
print(type(c).__name__)
