from rel_pkg import api

print(api.describe())
from rel_pkg.sub import deep

print(deep.where())
print(deep.sibling_value())
try:
    from rel_pkg.sub import too_far
except ImportError as e:
    print(type(e).__name__, e)
