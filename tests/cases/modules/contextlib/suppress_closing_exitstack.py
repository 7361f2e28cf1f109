from contextlib import suppress, closing, ExitStack, nullcontext, redirect_stdout
import io
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("close", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(closing(Res(9)))
    print("body")
with nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with ExitStack() as s:
    s.callback(print, "kept")
    moved = s.pop_all()
print("after with")
moved.close()
