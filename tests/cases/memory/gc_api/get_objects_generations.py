# get_objects(): all tracked objects, or one generation's; -1 and None mean all.
import gc

gc.collect()

class Node:
    pass

n = Node()
lst = [n]
print(any(o is n for o in gc.get_objects(0)), any(o is lst for o in gc.get_objects(0)))
print(any(o is n for o in gc.get_objects()), any(o is n for o in gc.get_objects(None)))
print(any(o is n for o in gc.get_objects(-1)), any(o is n for o in gc.get_objects(generation=2)))
print(len(gc.get_objects(1)) <= len(gc.get_objects()))
print(any(o is "text" for o in gc.get_objects()), any(type(o) is int for o in gc.get_objects()))
gc.collect()
print(any(o is n for o in gc.get_objects(0)), any(o is n for o in gc.get_objects(2)))
