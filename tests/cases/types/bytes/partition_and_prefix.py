print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kv".partition(b"="), b"kv".rpartition(b"="))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"), bytearray(b"ab").removeprefix(b"a"), b"ab".removesuffix(b""))
try:
    b"a".partition(b"")
except ValueError as e:
    print(e)
