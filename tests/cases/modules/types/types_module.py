import types
def f():
    pass
def g():
    yield
async def co():
    pass
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(g()) is types.GeneratorType, types.ModuleType.__name__, type(types) is types.ModuleType)
c = co()
print(type(c) is types.CoroutineType)
c.close()
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[3]), repr(types.SimpleNamespace()))
m = types.ModuleType("mymod", "doc string")
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), repr(mp), dict(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(e)
class K:
    def m(self):
        pass
print(type(K().m) is types.MethodType, types.NoneType, types.EllipsisType, types.NotImplementedType)
bound = types.MethodType(lambda self: self.v, types.SimpleNamespace(v=42))
print(bound())
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update({"z": 26}))
print(Dyn.z, Dyn.__name__)
