class Seq:
    def __getitem__(self, index):
        print("getitem", index)
        if index >= 3:
            raise IndexError(index)
        return index * 10


print(list(Seq()))
print(20 in Seq())
it = iter(Seq())
print(type(it).__name__)
print(next(it))


class StopsWithOther:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(StopsWithOther())
except KeyError as e:
    print("KeyError propagates:", e)
