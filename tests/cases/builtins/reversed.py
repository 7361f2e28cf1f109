print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(b"ab")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "s" + str(i)
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
for bad in [{1, 2}, iter([1]), 5, None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
