import hashlib
h = hashlib.md5()
for chunk in [b"a", b"b" * 100, b"", bytes(range(256))]:
    h.update(chunk)
    print(h.hexdigest())
c = h.copy()
c.update(b"more")
print(h.hexdigest() != c.hexdigest(), h.digest()[:4], c.digest_size, h.name, hashlib.sha1().block_size)
s = hashlib.sha256(b"x" * 63)
s.update(b"y")
s.update(b"z" * 65)
print(s.hexdigest(), hashlib.sha256(b"x" * 63 + b"y" + b"z" * 65).hexdigest() == s.hexdigest())
