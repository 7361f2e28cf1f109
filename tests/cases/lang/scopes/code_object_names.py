def outer(a, b=2, *args, c, **kw):
    x = 1
    y = 2

    def inner():
        return x + a

    return inner


code = outer.__code__
print(code.co_name)
print(code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames)
print(code.co_cellvars)
print(code.co_freevars)
inner = outer(1, c=3)
print(inner.__code__.co_freevars)
print(inner.__code__.co_varnames)
print(inner.__code__.co_cellvars)
print(inner.__code__.co_name, inner.__code__.co_qualname)
print(len(inner.__closure__), [c.cell_contents for c in inner.__closure__])
