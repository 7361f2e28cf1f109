from concurrent.futures import Executor

class Inline(Executor):
    def submit(self, fn, /, *args, **kwargs):
        from concurrent.futures import Future
        f = Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except Exception as e:
            f.set_exception(e)
        return f

with Inline() as ex:
    print(ex.submit(max, 3, 9).result())
    print(list(ex.map(min, [1, 5], [4, 2])))
try:
    Executor().submit(print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(Executor().shutdown())
