for a in [False, True]:
    for b in [False, True]:
        print(a, b, a & b, a | b, a ^ b, type(a & b).__name__)
print(True & 3, 3 & True, False | 4, True ^ 1, type(True ^ 1).__name__, True << 2, True >> 1, type(True >> 1).__name__)
