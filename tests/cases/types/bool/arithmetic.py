print(True + True, True - False, True * 5, True / 2, True // 2, True % 2, -True, +True, ~True, ~False, True ** 10)
print(True + 1.5, False * 2.5, True + 1j, sum([True, True, False, True]), True * "ab", [0] * True)
print(type(True + False).__name__, type(True * True).__name__, type(-False).__name__, type(True / True).__name__)
print(divmod(True, True), abs(False), abs(-True), pow(True, -1), 10 // True)
