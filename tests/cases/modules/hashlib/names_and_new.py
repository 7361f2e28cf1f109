import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"pyglass")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:40])
print(sorted(n for n in hashlib.algorithms_guaranteed if not n.startswith(("shake", "sha3", "blake"))))
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
print(hashlib.sha256(memoryview(b"mv")).hexdigest()[:16], hashlib.sha256(bytearray(b"mv")).hexdigest()[:16])
