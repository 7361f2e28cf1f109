# The 'u' typecode: items are one-character strings (wchar_t, 4 bytes on Linux).
import array

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

u = array.array("u", "héllo €")
print(u, len(u), u[1], u[-1], u.itemsize, u.tounicode())
u.fromunicode(" 😀!")
print(u, len(u), u.tounicode()[-2])
u.append("x")
u[0] = "H"
print(u.tounicode(), u.index("l"), u.count("l"))
t(lambda: u.append("xy"))
t(lambda: u.append(1))
t(lambda: u.fromunicode(b"x"))
t(lambda: array.array("i").fromunicode("x"))
t(lambda: array.array("i", [1]).tounicode())
print(repr(array.array("u")), repr(array.array("u", "a'b")), array.array("u", ["a", "b"]))
