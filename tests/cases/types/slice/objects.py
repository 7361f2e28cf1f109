s = slice(1, 10, 2)
print(s, repr(slice(None)), slice(5), slice(1, 2), s.start, s.stop, s.step, slice("a", [1], None))
print(s == slice(1, 10, 2), s == slice(1, 10), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1))
try:
    hash(s)
    print("hashable", hash(slice(1, 2)) == hash(slice(1, 2)))
except TypeError as e:
    print(e)
try:
    s.start = 2
except AttributeError as e:
    print(e)
try:
    slice()
except TypeError as e:
    print(e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(e)
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[:, 1], g[1:2, ...], g[...], g[::], g["a":"b"])
