for n in [0, 5, -5, 255, 2 ** 65, -(2 ** 65)]:
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()), bin(True))
for bad in [1.5, "1", None]:
    for f in [bin, oct, hex]:
        try:
            f(bad)
        except TypeError as e:
            print(e)
