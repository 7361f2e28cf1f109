class C:
    def __iadd__(self, other):
        print("__iadd__ declines")
        return NotImplemented

    def __add__(self, other):
        print("__add__ used")
        return 42


c = C()
c += 1
print(c)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(alias_t, t)
x = 5
x **= 2
x //= 3
x %= 5
x <<= 3
x |= 1
x ^= 2
x &= 0xFF
x >>= 1
print(x)
