import io
f = io.StringIO("line1\nline2\n\nafter")
print(list(iter(f.readline, "\n")))
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = CountDown(3)
print(iter(c) is c, list(c), list(c), next(c, "exhausted"))
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return chr(97 + i)
print(list(OnlyGetitem()), "b" in OnlyGetitem(), sorted(OnlyGetitem(), reverse=True))
