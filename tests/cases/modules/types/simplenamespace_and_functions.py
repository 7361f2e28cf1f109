import types
ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns), ns.__dict__, sorted(vars(ns)))
ns2 = types.SimpleNamespace(**{"a": 1, "b": 2})
print(ns == ns2, ns != types.SimpleNamespace(), hasattr(ns, "c"))
del ns.a
print(ns)
def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    x = 1
    return x
co = f.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_name, f.__defaults__, f.__kwdefaults__, f.__doc__, f.__name__, f.__qualname__)
print(types.FunctionType(co, {})(1, 2, c=3, d=4), type(types.GeneratorType).__name__, types.BuiltinMethodType is types.BuiltinFunctionType)
