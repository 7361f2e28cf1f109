from contextlib import ExitStack, contextmanager, suppress, nullcontext, AbstractContextManager
@contextmanager
def cm(name):
    print("enter", name)
    yield name
    print("exit", name)
with ExitStack() as stack:
    names = [stack.enter_context(cm(n)) for n in "abc"]
    print(names)
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(e)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
print(isinstance(CM(), AbstractContextManager), isinstance(object(), AbstractContextManager))
with suppress(ZeroDivisionError) as s:
    1 / 0
print(s)
@contextmanager
def stop():
    yield
try:
    with stop():
        raise StopIteration("x")
except StopIteration as e:
    print("StopIteration", e)
with nullcontext() as v:
    print(v)
def cb(*args, **kw):
    print("cb", args, kw)
with ExitStack() as st:
    st.callback(cb, 1, k=2)
    st.push(lambda *exc: print("push", exc[0]))
