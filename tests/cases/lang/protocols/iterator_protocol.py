class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c))
print(next(c, "exhausted"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
for x in Countdown(2):
    print("loop", x)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
