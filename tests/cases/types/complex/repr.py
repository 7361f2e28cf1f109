for z in [1j, -1j, 1 + 2j, 1 - 2j, -1 - 2j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1.5 + 0j, 1e20j, 1e-5 + 1e16j, complex("inf"), complex("nan+nanj"), complex(float("inf"), float("-inf")), 3 + 0.1j, 2j ** 2]:
    print(repr(z), str(z))
