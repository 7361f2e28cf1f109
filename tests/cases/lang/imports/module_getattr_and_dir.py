import lazy_pkg

print(lazy_pkg.existing)
print(lazy_pkg.computed_value)
print(lazy_pkg.another)
try:
    lazy_pkg.forbidden
except AttributeError as e:
    print(e)
print(dir(lazy_pkg))
from lazy_pkg import dynamic_name

print(dynamic_name)
