# Pickling: __reduce_ex__ by protocol, _array_reconstructor, and round trips.
import array
import copy
import pickle

a = array.array("i", [1, 2, 3])
r = a.__reduce_ex__(4)
print(r[0] is array._array_reconstructor, r[1][0] is array.array, r[1][1:], r[2])
print(a.__reduce_ex__(2), array.array("u", "ab").__reduce_ex__(1))
print(array.array("u", "ab").__reduce_ex__(3)[1][1:])
for proto in range(0, 6):
    for x in (a, array.array("d", [0.5]), array.array("u", "hi"), array.array("B")):
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, y, y == x, type(y).__name__)
print(array._array_reconstructor(array.array, "h", 5, b"\x00\x01\xff\xfe"))
print(array._array_reconstructor(array.array, "d", 14, b"\x00\x00\xc0\x3f"))
print(array._array_reconstructor(array.array, "q", 10, b"\x01" + b"\x00" * 7))
for bad in [(list, "i", 8, b""), (array.array, "i", 99, b""), (array.array, "i", 8, "x"), (array.array, "z", 8, b"")]:
    try:
        array._array_reconstructor(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(copy.copy(a), copy.deepcopy(a) is not a, copy.deepcopy(a) == a)
