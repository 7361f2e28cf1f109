print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0))
print(hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash(None) == hash(None), hash(frozenset()) , hash(frozenset([1, 2])))
print(hash("") , hash(b""))
for bad in ([], {}, set(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
