class Rev:
    def __reversed__(self):
        return iter("cba")


class SeqOnly:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2


print(list(reversed(Rev())))
print(list(reversed(SeqOnly())))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("ab")))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(e)
