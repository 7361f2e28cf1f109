import hashlib
for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"\x00" * 1000, "é日本".encode()]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
h.update(b"ab")
h.update(b"c")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.name, h.digest_size, h.block_size, len(h.digest()), h.copy().hexdigest()[:16])
print(hashlib.new("md5", b"x").hexdigest(), hashlib.sha512(b"abc").hexdigest()[:32], hashlib.sha224(b"abc").hexdigest(), hashlib.sha384(b"").hexdigest()[:32])
try:
    hashlib.sha256("str")
except TypeError as e:
    print(e)
print(hashlib.md5(b"a" * 1000000).hexdigest(), hashlib.sha256(bytes(range(256)) * 100).hexdigest())
