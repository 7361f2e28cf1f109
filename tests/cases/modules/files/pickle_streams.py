import io, pickle
s = io.StringIO("ab\ncd")
s.read(2)
t = pickle.loads(pickle.dumps(s))
print(repr(t.getvalue()), t.tell(), repr(t.read()))
b = io.BytesIO(b"xyz")
b.read(1)
c = pickle.loads(pickle.dumps(b))
print(c.getvalue(), c.tell(), c.read())
try:
    pickle.dumps(open(__file__))
except TypeError as e:
    print(e)
