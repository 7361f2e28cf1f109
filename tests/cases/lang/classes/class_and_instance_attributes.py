class Counter:
    count = 0
    shared = []

    def __init__(self):
        Counter.count += 1
        self.shared.append(Counter.count)
        self.own = [Counter.count]


a = Counter()
b = Counter()
print(Counter.count, a.count, b.count)
print(a.shared is b.shared, a.shared)
print(a.own, b.own)
a.count = 100
print(a.count, b.count, Counter.count)
print("count" in a.__dict__, "count" in b.__dict__)
