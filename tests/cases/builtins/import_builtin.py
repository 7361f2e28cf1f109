m = __import__("math")
print(m.__name__, m.sqrt(16))
os_path = __import__("os.path")
print(os_path.__name__)
p = __import__("os.path", fromlist=["join"])
print(p.__name__ in ("posixpath", "ntpath"))
c = __import__("collections", globals(), locals(), ["OrderedDict"], 0)
print(c.__name__, hasattr(c, "OrderedDict"))
for args in [("no_such_module_xyz",), ("",), (5,), ("math", None, None, [], -1)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
import importlib
print(importlib.import_module("json").__name__)
