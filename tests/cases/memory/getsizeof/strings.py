# The four compact string kinds: ASCII, Latin-1, UCS-2 and UCS-4.
import sys

samples = ["", "a", "hello", "x" * 100, "\xe9", "caf\xe9", "\xff" * 10, "\u0100", "\u0416\u0416",
           "a\u20ac", "\U0001F600", "a\U0001F600", "\U00010000" * 5]
for s in samples:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof("abc" + "\u20ac"), sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)))
