print(hash(1), hash("a") == hash("a"), hash((1, 2)), hash(1.0) == hash(1), hash(frozenset({1, 2})), hash(-1), hash(2 ** 100))
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class Huge:
    def __hash__(self):
        return 2 ** 100
print(hash(Huge()))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
