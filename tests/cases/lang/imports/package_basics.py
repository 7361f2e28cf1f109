import sys

print("main starts, __name__ =", __name__)
import basic_pkg

print("after import")
import basic_pkg.shapes

print(basic_pkg.shapes.area(3))
print(basic_pkg.__name__, basic_pkg.__package__, basic_pkg.shapes.__name__, basic_pkg.shapes.__package__)
print(basic_pkg.__file__)
print(basic_pkg.shapes.__file__)
print(basic_pkg.VERSION, "basic_pkg.shapes" in sys.modules)
print(basic_pkg.__spec__.name, basic_pkg.shapes.__spec__.parent)
