import sys

print(sys.path[0])
print(__file__)
print(__name__, __package__, __spec__)
print(sys.argv[0] == __file__)
import pathinfo_pkg

print(pathinfo_pkg.__path__ == [pathinfo_pkg.__file__.rsplit("/", 1)[0]])
print(pathinfo_pkg.__file__.endswith("pathinfo_pkg/__init__.py"))
print(repr(pathinfo_pkg))
