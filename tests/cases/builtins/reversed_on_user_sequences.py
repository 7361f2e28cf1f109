class R:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError
        return i * i
print(list(reversed(R())), list(R()), reversed(R()).__length_hint__())
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r))
print(list(reversed(range(0, 20, 7))), list(reversed("")), list(reversed(())))
