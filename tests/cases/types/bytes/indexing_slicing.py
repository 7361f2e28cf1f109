b = b"abcdef"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__, type(b[0:1]).__name__, list(b[:3]))
ba = bytearray(b"abcdef")
print(ba[0], ba[1:3], ba[::-1], type(ba[1:2]).__name__)
for f in [lambda: b[6], lambda: b["a"], lambda: ba[-7], lambda: b[::0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
