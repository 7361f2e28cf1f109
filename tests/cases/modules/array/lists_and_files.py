# fromlist / tolist, and fromfile / tofile over a binary stream.
import array
import io

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = array.array("q", [1, -2])
a.fromlist([3, 4])
print(a, a.tolist())
t(lambda: a.fromlist([5, "x"]))
print(a)
t(lambda: a.fromlist((5,)))
f = io.BytesIO()
array.array("H", [1, 2, 3, 65535]).tofile(f)
print(f.getvalue())
f.seek(0)
r = array.array("H")
r.fromfile(f, 3)
print(r)
t(lambda: r.fromfile(f, 5))
print(r)
t(lambda: r.fromfile(f, -1))
t(lambda: r.fromfile(io.StringIO("ab"), 1))
