s = "".join(chr(i) for i in range(0, 256, 17))
b = s.encode("latin-1")
print(b, b.decode("latin-1") == s, b.decode("iso-8859-1") == s, s.encode("latin1") == b, s.encode("L1") == b)
print(bytes(range(250, 256)).decode("latin_1"))
try:
    "Ā".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    "abc€def€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
