# Dict displays: keys equal across types keep the first key and the last value; a key with a
# Python __eq__ is compared; an unhashable key raises.
x = 1
print({1: 'a', 1.0: 'b', True: 'c'}, {x: 'a', 1.0: 'b', True: 'c'})
print({"a": 1, "a": 2}, {"a": x, "b": x, "a": 3})
print({-0.0: 1, 0: 2}, {(1, 2): 3, (1, 2): 4}, {None: 1, ...: 2, 2**70: 3, 2**70: 4})
class K:
    def __hash__(self): return hash("a")
    def __eq__(self, o): print("eq", o); return o == "a"
print({"a": 1, K(): 2})
try:
    print({"a": 1, []: 2})
except TypeError as e:
    print(e)
