import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
view[0] = ord("A")
print(b.getvalue(), len(view))
try:
    b.write(b"x" * 10)
except BufferError as e:
    print(e)
view.release()
b.seek(0, io.SEEK_END)
b.write(b"!")
print(b.getvalue(), b.truncate(3), b.getvalue(), b.tell())
print(io.BytesIO(b"x").read(0), io.BytesIO().read(), io.BytesIO(b"abc").readline(2))
