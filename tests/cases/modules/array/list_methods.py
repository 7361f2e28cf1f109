# The list-like methods: append, extend, insert, pop, remove, index, count, reverse.
import array

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = array.array("i", [5, 1, 4])
a.append(9)
a.extend([2, 2])
a.extend(array.array("i", [7]))
a.insert(0, -1)
a.insert(-100, -2)
a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a, a.count(2), a.count(42), a.index(4), a.index(2, 3), a.index(2, -3, -1))
a.reverse()
print(a, a.tolist())
t(lambda: a.index(42))
t(lambda: a.index(1, 3))
t(lambda: a.remove(42))
t(lambda: array.array("i").pop())
t(lambda: a.pop(100))
t(lambda: a.extend(array.array("d", [1.0])))
t(lambda: a.extend([1, "x"]))
print(a)
t(lambda: a.append())
