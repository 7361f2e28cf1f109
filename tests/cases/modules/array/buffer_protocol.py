# memoryview over an array: format, shape, writes visible in the array, and no resizing
# while a view is alive.
import array

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = array.array("i", [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.strides, m.nbytes, m.readonly, m.tolist(), m[1])
m[0] = 100
m[1:3] = memoryview(array.array("i", [20, 30]))
print(a)
t(lambda: a.append(4))
t(lambda: a.extend([4]))
t(lambda: a.pop())
t(lambda: a.__delitem__(0))
t(lambda: a.frombytes(b"\x00\x00\x00\x00"))
a[0] = 5
print(m[0], m.tobytes())
m.release()
a.append(4)
print(a)
with memoryview(a) as v:
    b = v.cast("B")
    print(len(b), b[0])
    b.release()
a.append(5)
d = array.array("d", [1.5, 2.5])
with memoryview(d) as v:
    print(v.format, v.tolist(), v.cast("B").nbytes)
print(a.buffer_info()[1], len(a))
