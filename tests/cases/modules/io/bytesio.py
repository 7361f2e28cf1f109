import io
b = io.BytesIO()
b.write(b"abc")
b.write(bytearray(b"def"))
print(b.getvalue(), b.tell(), b.seek(2), b.read(2), b.read(), b.read())
b = io.BytesIO(b"line1\nline2\n")
print(b.readline(), b.readlines(), b.getbuffer().nbytes)
try:
    b.write("str")
except TypeError as e:
    print(e)
b = io.BytesIO(b"0123456789")
print(b.read1(3), b.readinto(buf := bytearray(4)), buf, b.seek(-2, 2), b.read())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
