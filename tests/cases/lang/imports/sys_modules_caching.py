import sys

import cache_pkg.counter
import cache_pkg.counter as again
from cache_pkg import counter

print(cache_pkg.counter.loads, again is counter, sys.modules["cache_pkg.counter"] is counter)
del sys.modules["cache_pkg.counter"]
import cache_pkg.counter

print(cache_pkg.counter.loads, cache_pkg.counter is counter)
sys.modules["fake_module"] = "any object can be a module entry"
import fake_module

print(fake_module)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
