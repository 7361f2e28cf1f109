import random
for seed in [0, 1, 42, -7, 2 ** 70, "hello", b"bytes", bytearray(b"ba"), 3.5, None if False else 123]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(3)])
r = random.Random(5)
print(r.random(), r.random())
r.seed(5)
print(r.random())
random.seed("abc", version=1)
print(random.random())
try:
    random.seed([1])
except TypeError as e:
    print(e)
