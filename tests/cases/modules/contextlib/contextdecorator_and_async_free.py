import contextlib
class tracker(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
@tracker()
def work(x):
    print("working", x)
    return x * 2
print(work(3))
@contextlib.contextmanager
def ctx(v):
    yield v
@ctx("decorated")
def g():
    return "g ran"
print(g())
with contextlib.suppress():
    print("suppress nothing")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(e)
