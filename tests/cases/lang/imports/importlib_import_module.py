import importlib
import sys

mod = importlib.import_module("dyn_pkg.tools")
print(mod.__name__, mod.tool())
rel = importlib.import_module(".tools", package="dyn_pkg")
print(rel is mod)
pkg = importlib.import_module("dyn_pkg")
print(pkg.__name__, hasattr(pkg, "tools"))
try:
    importlib.import_module("dyn_pkg.missing")
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    importlib.import_module(".tools")
except TypeError as e:
    print(e)
m = __import__("dyn_pkg.tools")
print(m.__name__, __import__("dyn_pkg.tools", fromlist=["tool"]).__name__)
