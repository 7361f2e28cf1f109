print(b"caf\xc3\xa9".decode(), bytearray(b"\xc3\xa9").decode(), str(b"abc"), str(bytearray(b"x")), repr(b"\xc3\xa9".decode("latin-1")))
print("é".encode(), "é".encode("utf-16"), len("é".encode("utf-32")))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "x".decode()
except AttributeError as e:
    print(e)
try:
    b"x".encode()
except AttributeError as e:
    print(e)
