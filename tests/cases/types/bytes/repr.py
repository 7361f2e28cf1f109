for b in [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\t\n\r\x7f\x80\xff", b"\\", bytes(range(0, 256, 15))]:
    print(repr(b), str(b), ascii(b))
print(repr(bytearray(b"it's")), repr(bytearray()), str(bytearray(b"\xff")))
class B(bytes):
    pass
print(repr(B(b"x")), repr(bytearray(b"'\"")))
