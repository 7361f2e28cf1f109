class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), type(s).__name__, type(s[:1]).__name__, type(s + [1]).__name__, type(s * 2).__name__, isinstance(s, list))
class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __len__(self):
        return 99
l = Logged([1, 2, 3])
print(l[0], len(l), list(l), sorted(l), sum(l), [x for x in l])
class Reprd(list):
    def __repr__(self):
        return "Reprd" + super().__repr__()
print(Reprd([1]), [Reprd([2])], str(Reprd()))
