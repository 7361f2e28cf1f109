import types
def outer():
    x = 1
    def g(): return x
    return g
g = outer()
def f(a=1): return a
co = f.__code__
for args, kw in [((co, {}), {}), ((1, {}), {}), ((co, 1), {}), ((co, {}, 3), {}), ((co, {}, None, [1]), {}), ((co, {}, None, None, (1,)), {}), ((g.__code__, {}), {}), ((g.__code__, {}, None, None, ()), {}), ((g.__code__, {}, None, None, (1,)), {}), ((g.__code__, {}, None, None, [1]), {}), ((co, {}, None, None, []), {}), ((), {}), ((co,), {}), ((co, {}, "n", (5,), None, 1), {}), ((co, {}), {"name": "nm", "argdefs": (7,)}), ((co,), {"globals": {}, "closure": None}), ((co, {}), {"bogus": 1}), ((co, types.MappingProxyType({})), {}), ((co, {}), {"code": co})]:
    try:
        fn = types.FunctionType(*args, **kw)
        print(fn.__name__, fn.__qualname__, fn.__defaults__, fn.__closure__, fn.__module__, fn())
    except Exception as e:
        print(type(e).__name__, e)
fn = types.FunctionType(g.__code__, {"__name__": "mod"}, "h", None, g.__closure__)
print(fn(), fn.__name__, fn.__qualname__, fn.__module__, fn.__closure__ == g.__closure__, fn.__builtins__ is __builtins__.__dict__)
