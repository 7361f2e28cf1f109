import sys
import json
print("json" in sys.modules, sys.modules["json"] is json, type(sys.modules).__name__, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), sys.path[0].endswith("sys"))
import builtins
print(builtins.len is len, sys.modules["builtins"] is builtins, __builtins__ is builtins or type(__builtins__).__name__)
