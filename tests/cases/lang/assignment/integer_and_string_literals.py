print(0b1010, 0o17, 0xFF, 1_000_000, 0x_FF, 1e3, 1_0.5_0, .5, 5., 1e-3, 0j, 1E2J)
print(10**20, -(2**63), 2**64 - 1, int("1" * 30))
print("a" "b" 'c', """tri
ple""", r"\n raw", b"\x41", rb"\x41", "\N{BULLET}", "\u00e9\U0001F600")
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\x41\101\t|")
print(True + 1, None is None, ..., type(...).__name__)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e16, 123456789012345678.0, 5e-324, 1.7976931348623157e308)
print(-0.0, 0.0 * -1, round(2.675, 2), round(0.5), round(1.5), round(-0.5))
