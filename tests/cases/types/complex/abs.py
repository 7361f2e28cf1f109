for z in [3 + 4j, -3 - 4j, 1j, 0j, complex(float("inf"), 1), complex(float("nan"), float("inf")), complex(float("nan"), 1), 1e300 + 1e300j, 5e-324 + 5e-324j]:
    print(z, abs(z))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(e)
