# A view that nothing holds any more no longer pins the array; one that is held does.
import array
a = array.array('i', [1, 2, 3])
print(memoryview(a).tolist())
a.append(4)
print(a)
m = memoryview(a)
try:
    a.append(5)
except BufferError as e:
    print("BufferError:", e)
del m
a.append(5)
print(a)
def f():
    v = memoryview(a)
    return v[0]
print(f())
a.extend([6, 7])
views = [memoryview(a)]
try:
    a.pop()
except BufferError as e:
    print("BufferError:", e)
views.clear()
a.pop()
print(a, bytes(memoryview(a)[:4]))
class Holder:
    pass
h = Holder()
h.view = memoryview(a)[1:]
try:
    a.insert(0, 0)
except BufferError as e:
    print("BufferError:", e)
h.view = None
a.insert(0, 0)
print(a)
with memoryview(a) as m2:
    try:
        a.remove(0)
    except BufferError as e:
        print("BufferError:", e)
a.remove(0)
print(a)
