import io
s = io.StringIO("one\ntwo\nthree")
print(s.readline(2), s.readline(), s.readlines(3), s.tell(), s.newlines)
s = io.StringIO("x\r\ny\r", newline=None)
print(repr(s.getvalue()), s.newlines)
s = io.StringIO()
s.writelines(["a", "b\n"])
print(repr(s.getvalue()), s.seek(0), s.read(), s.isatty())
for bad in [lambda: io.StringIO(b"x"), lambda: io.StringIO(newline="x"), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: io.StringIO().write(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"abc\ndef")
print(list(b), b.seek(1), b.read(1), b.seek(-1, 1), b.read(), b.seek(10), b.read(), b.write(b"Z"), b.getvalue())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
t = io.TextIOWrapper(io.BytesIO(b"l1\nl2\n"), encoding="utf-8")
print(list(t), t.encoding, t.closed, isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.UnsupportedOperation, OSError))
