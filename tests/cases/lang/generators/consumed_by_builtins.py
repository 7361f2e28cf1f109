# list(), tuple(), sum(), sorted(), list.extend and friends over Python generators: values, the
# int/float/object sums, errors from the generator, return values, trace and profile events, and
# when yielded objects die.
import sys
def gen(n):
    for i in range(n):
        yield i
print(list(gen(5)), tuple(gen(4)), sum(gen(10)), sorted(gen(3), reverse=True))
print(sum(x * 0.1 for x in range(10)), sum((0.5, 1, True, 2.5)), sum(x for x in [1, 2.5, 3]))
print(sum(x for x in [2**52, 2**52, 2**52]), sum((x for x in [1, 2]), 0.5), sum(x for x in [True, True]))
print(sum(([x] for x in range(3)), []))
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    __radd__ = __add__
print(sum(N(i) for i in range(4)).v)
l = [1, 2]
def reads():
    for i in range(3):
        yield len(l)
l.extend(reads()); print(l)
def boom():
    yield 1; yield 2
    raise ValueError("boom")
for f in (list, tuple, sum, sorted):
    try: f(boom())
    except ValueError as e: print(f.__name__, e)
def ret():
    yield 1
    return "r"
print(list(ret()))
def traced():
    yield 1
    yield 2
def tr(frame, event, arg):
    if frame.f_code.co_name == "traced": print("T", event, frame.f_lineno)
    return tr
sys.settrace(tr); print(list(traced())); sys.settrace(None)
def prof(frame, event, arg):
    print("P", event, getattr(arg, "__name__", "") if event.startswith("c_") else frame.f_code.co_name)
sys.setprofile(prof); x = sum(traced()); sys.setprofile(None); print(x)
class D:
    def __del__(self): print("del", id(self) and "D")
def makes():
    for i in range(2):
        yield D()
        print("after yield", i)
r = list(makes()); print(len(r)); del r; print("cleared")
import gc
print(sum(i for i in range(5) if gc.collect() >= 0))
g = gen(3); next(g); print(list(g))
def nested():
    yield from gen(3)
    yield from (x * 10 for x in range(2))
print(list(nested()), sum(nested()))
print("".join(str(i) for i in range(5)), set(x % 3 for x in range(9)), max(x for x in range(5)))
