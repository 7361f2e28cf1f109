for base, exp in [(1j, 2), (1j, 3), (1j, 4), (1 + 1j, 10), (2 + 0j, 0.5), (-1 + 0j, 0.5), (1j, 1j), (2, 1j), (0.5j, -2), (1 + 1j, -3), (3 + 4j, 0.5)]:
    print(base, exp, base ** exp)
print(pow(1j, 2), pow(2j, -1))
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(e)
