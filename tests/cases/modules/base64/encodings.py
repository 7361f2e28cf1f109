import base64
data = b"Many hands make light work."
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.standard_b64encode(b"ab"))
print(base64.b32encode(b"abc"), base64.b32decode(b"MFRGG==="), base64.b16encode(b"\x01\xab"), base64.b16decode(b"01AB"), base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.b32hexencode(b"x"))
print(base64.b64decode("YWJj"), base64.b64decode(b"YW Jj\n"), base64.b64encode(b""), base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
for f in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("YW*j", validate=True), lambda: base64.b16decode(b"ab"), lambda: base64.b64encode("str"), lambda: base64.b32decode(b"A")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
