# str * int, int * str, list * int and int(str) on their common cases and the edges next to
# them (counts <= 0, empty operands, bools, subclasses, in-place forms, strs int() must parse
# fully: signs, spaces, underscores, other digits, 15+ digits).
class S(str):
    pass


class L(list):
    pass


print(repr("#" * 3), repr(3 * "ab"), repr("x" * 0), repr("x" * -2), repr("" * 5), repr("é" * 2))
print(repr("ab" * True), repr(False * "ab"), type(S("q") * 2).__name__, repr(S("q") * 2))
print([0] * 4, 3 * [1, 2], [] * 9, [1] * -1, [None] * 0, type(L([1]) * 2).__name__)
a = [[]] * 3
a[0].append(1)
print(a, len("ab" * 1000), ("xyz" * 7)[5:9])
s = "ab"
s *= 3
lst = [1]
alias = lst
lst *= 3
print(s, lst, alias is lst, alias)
n = 2
n *= [7]
print(n)
try:
    "x" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * "2"
except TypeError as e:
    print("TypeError:", e)
for text in ("0", "7", "007", "123456789012345", "1234567890123456", "99999999999999999999",
             "-5", "+5", " 42 ", "4_2", "٣", "", "12a", "0x10", "1e3", "9" * 15):
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(int(S("12")), type(int("12")).__name__, int("10", 2))
