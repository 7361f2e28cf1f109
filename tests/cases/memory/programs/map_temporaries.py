# Temporaries made by map and by generator expressions: each dies when its last reference goes,
# while the loop that consumes them runs.
class Item:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del item", self.v)


for it in map(Item, [10, 20]):
    print("got", it.v)
print("-- loop done")
del it
print("-- it deleted")
total = sum(Item(v).v for v in (1, 2))
print("sum", total)
print("end")
