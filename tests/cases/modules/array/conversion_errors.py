# Wrong item types and bad constructor arguments.
import array

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: array.array("i", [1.5]))
t(lambda: array.array("i", ["1"]))
t(lambda: array.array("d", ["a"]))
t(lambda: array.array("d", [1, 2.5, True]))
t(lambda: array.array("u", [1]))
t(lambda: array.array("u", ["ab"]))
t(lambda: array.array("x"))
t(lambda: array.array("i", "abc"))
t(lambda: array.array("i", 5))
t(lambda: array.array())
t(lambda: array.array(1))
t(lambda: array.array("ii"))
t(lambda: array.array("i", array.array("u", "a")))
t(lambda: array.array("b", b"\x01\xff"))
t(lambda: array.array("h", b"abc"))

class Idx:
    def __index__(self):
        return 7

t(lambda: array.array("i", [Idx()]))
t(lambda: array.array("f", [1e300]))
t(lambda: array.array("f", [0.1]))
