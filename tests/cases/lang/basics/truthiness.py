values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [[]], (), (0,), {}, {0: 0}, set(), None, True, False, 0j, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v))
print(bool(NotImplemented) if False else "skip NotImplemented")
print(bool(...), bool(object()), bool(type))
