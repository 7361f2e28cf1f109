# Indexing, slicing, iteration, membership, concatenation and repetition.
import array

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = array.array("h", range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[5:2], len(a), 3 in a, 30 in a, 3.0 in a)
print(list(a), [x * 2 for x in a], sum(a), max(a), sorted(a, reverse=True)[:3])
print(a + array.array("h", [99]), a[:2] * 3, 2 * a[:2], a[:2] * 0, a[:2] * -1)
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a["x"])
t(lambda: a + [1])
t(lambda: a + array.array("i"))
t(lambda: a * 1.5)
it = iter(array.array("u", "xyz"))
print(next(it), list(it), type(it).__name__)
b = array.array("d", [0.5])
b += array.array("d", [1.5, 2.5])
b *= 2
print(b)
t(lambda: b.__iadd__([1]))
