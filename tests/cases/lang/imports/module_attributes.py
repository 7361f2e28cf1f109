import attr_pkg
import attr_pkg.mod as mod

print(repr(mod))
print(type(mod).__name__, mod.__doc__)
print(sorted(k for k in vars(mod) if not k.startswith("__")))
print([k for k in ("__doc__", "__file__", "__name__", "__package__", "__spec__", "__path__") if hasattr(mod, k)])
mod.added = "set from outside"
print(mod.added, attr_pkg.mod is mod)
print(mod.__dict__ is vars(mod))
import sys

print(sys.modules[__name__].__name__, sys.modules["__main__"] is sys.modules[__name__])
