"""This module has a docstring."""
print(__doc__)
print(__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
print(__file__.endswith("module_docstring_and_dunders.py"))
print(sorted(k for k in globals() if k.startswith("__") and k not in ("__builtins__", "__cached__", "__loader__", "__spec__")))
x = 5
print("x" in globals(), globals()["x"], locals() is globals())
