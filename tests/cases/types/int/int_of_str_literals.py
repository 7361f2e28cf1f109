# int(str) of literals with signs, spaces, underscores, Unicode digits and many digits, and of
# invalid ones (ValueError, caught and uncaught in a loop), as int() parses them.
import sys

for s in ("42", " -42 ", "+7", "1_000", "0", "-0", "007", "\u0663\u0664", "\t12\n", "9" * 20, "-" + "8" * 30):
    print(repr(s), int(s))
bad = ("", " ", "x", "1_", "_1", "1__0", "0x10", "1.5", "--1", "4 2", "\u00bd", "12a")
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print(e)
misses = 0
for i in range(2000):
    try:
        int(bad[i % len(bad)])
    except ValueError:
        misses += 1
print(misses)
print(len(str(int("7" * 4300))))
try:
    int("7" * 4301)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(5000)
print(len(str(int("7" * 4301))))
class S(str):
    pass
print(int(S(" 12 ")), int(True), int(-3.9))
