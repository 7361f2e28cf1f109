import ns_pkg.part

print(ns_pkg.part.VALUE)
print(ns_pkg.__file__, len(list(ns_pkg.__path__)), list(ns_pkg.__path__)[0])
print(ns_pkg.__name__, ns_pkg.__package__)
