# sys.getsizeof of arrays grows in CPython's steps (array_resize's over-allocation, exact sizes for new arrays).
import array,sys
a=array.array('i'); r=[sys.getsizeof(a)]
for i in range(20): a.append(i); r.append(sys.getsizeof(a))
print(r)
print(sys.getsizeof(array.array('i',[1,2,3])), sys.getsizeof(array.array('d',range(10))), sys.getsizeof(array.array('b',b'abcd')), sys.getsizeof(array.array('u','abc')))
b=array.array('i',[1,2,3]); b.append(4); print(sys.getsizeof(b)); b.pop(); b.pop(); b.pop(); print(sys.getsizeof(b)); del b[:]; print(sys.getsizeof(b))
c = array.array('h', range(100)); print(sys.getsizeof(c)); c.extend(range(5)); print(sys.getsizeof(c)); print(sys.getsizeof(c*2), sys.getsizeof(c[1:5]), sys.getsizeof(c+c))
d = array.array('q', (1, 2)); d.fromlist([3, 4, 5]); print(sys.getsizeof(d)); d.frombytes(bytes(80)); print(sys.getsizeof(d), len(d))
d += d; print(sys.getsizeof(d)); d *= 2; print(sys.getsizeof(d)); d[2:30] = array.array('q'); print(sys.getsizeof(d), len(d))
print(sys.getsizeof(array.array('b', array.array('b', [1, 2]))), sys.getsizeof(array.array('b', array.array('h', [1, 2]))), a.__sizeof__())
