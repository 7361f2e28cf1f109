print(getattr([], "append").__name__, getattr("s", "upper")(), getattr(int, "from_bytes")(b"\x01", "big"), getattr(5, "real"), getattr(1j, "imag"))
for obj, name in [([], "nope"), (5, "nope"), (None, "x"), (str, "nope"), (len, "x")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    "s".upper = 3
except AttributeError as e:
    print(e)
try:
    list.append = 3
except TypeError as e:
    print(e)
