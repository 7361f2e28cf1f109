try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import nf_pkg.nothing_here
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from nf_pkg import absent_name
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path)
try:
    import nf_pkg.plain.deeper
except ModuleNotFoundError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
