for n in [0, 1, -1, 3, -3, 255, -255, 2**64 - 1, -(2**64), 10**50, 0b1011_0110]:
    print(n.bit_count(), bin(n).count("1"))
print((2**1000 - 1).bit_count(), (-(2**1000)).bit_count())
print(True.bit_count(), int.bit_count(7))
