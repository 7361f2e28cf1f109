def lazy():
    import lazyfn_pkg.heavy as heavy

    return heavy.VALUE


print("before call")
print(lazy())
print(lazy())
import sys

print("lazyfn_pkg.heavy" in sys.modules)
print("heavy" in globals())
