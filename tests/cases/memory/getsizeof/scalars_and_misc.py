# Fixed-size objects: floats, complex numbers, singletons, ranges, slices, iterators and views.
import sys

g = sys.getsizeof
print(g(1.5), g(float("inf")), g(1j), g(complex(1, 2)))
print(g(None), g(...), g(NotImplemented), g(object()))
print(g(range(10)), g(range(10**30)), g(slice(1, 2)), g(slice(None)))
print(g(iter([])), g(iter(())), g(iter(range(3))), g(iter("ab")), g(reversed([])))
print(g(enumerate([])), g(zip()), g(map(abs, [])), g(filter(None, [])))
print(g({}.keys()), g({}.values()), g({}.items()), g(iter({})), g(iter(set())))
print(g(staticmethod(abs)), g(classmethod(abs)), g(property()))
