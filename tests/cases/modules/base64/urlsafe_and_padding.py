import base64
for n in range(7):
    data = bytes(range(250, 250 + n)) if n <= 6 else b""
    e = base64.b64encode(data)
    print(n, e, base64.urlsafe_b64encode(data), base64.b64decode(e) == data, base64.b32encode(data), base64.b85encode(data))
print(base64.urlsafe_b64decode(b"-_-_"), base64.b64decode(b"-_-_", altchars=b"-_"), base64.b64decode("//+/"))
print(base64.a85encode(b"\x00\x00\x00\x00 abc", foldspaces=True), base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True), base64.b85decode(b"Xk~0{Zv"))
