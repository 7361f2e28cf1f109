class Loud:
    calls = []
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        Loud.calls.append(("hash", self.n))
        return self.n % 3
    def __eq__(self, o):
        Loud.calls.append(("eq", self.n, o.n))
        return self.n == o.n
d = {}
for i in range(5):
    d[Loud(i)] = i
print(len(Loud.calls), Loud.calls)
Loud.calls.clear()
print(d[Loud(3)], Loud.calls)
Loud.calls.clear()
print(Loud(7) in d, Loud.calls)
