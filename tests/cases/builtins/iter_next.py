it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())), list(Seq()), 20 in Seq())
calls = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(calls), None)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
for f in [lambda: iter(5), lambda: next([1]), lambda: iter(len, 1, 2), lambda: iter(5, 1), lambda: next(iter([]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
