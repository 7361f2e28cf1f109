import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s = io.StringIO("line1\nline2\r\nline3")
print(s.readlines(), s.closed)
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print(e)
s = io.StringIO("abc")
s.seek(1)
s.write("X")
print(s.getvalue(), list(io.StringIO("a\nb\n")), s.readable(), s.writable(), s.seekable())
s = io.StringIO("abcdef")
s.truncate(3)
print(repr(s.getvalue()), s.seek(0, 2))
with io.StringIO("ctx") as c:
    print(c.read(2), c.read(5))
