# sys.getsizeof of strs holding a lone high surrogate followed by a lone low one (two code
# points, not the astral character they would encode in UTF-16): such a str is UCS-2 (74 + 2n)
# while its code points stay below U+10000, UCS-4 (76 + 4n) with an astral one.
import sys

pair = "\ud800" + "\udc00"
cases = [
    pair,
    "a" + pair,
    pair + "\xe9",
    pair * 3,
    "\U0001f600" + pair,
    pair + "\U0010ffff",
    "\udbff" + "\udfff",
    "x" * 100 + pair,
    "\ud83d" + "\ude00" + "\ud83d",
    (pair + "z")[1:],
]
for s in cases:
    print(len(s), sys.getsizeof(s), s.__sizeof__(), str.__sizeof__(s))
print(sys.getsizeof("\ud800"), sys.getsizeof("\udc00\ud800"), sys.getsizeof(pair[0]))
