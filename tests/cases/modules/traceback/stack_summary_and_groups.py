import traceback, sys
def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)
try:
    rec(6)
except RecursionError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(lines))
def f():
    traceback.print_stack(file=sys.stdout, limit=1)
f()
s = traceback.StackSummary.from_list([("a.py", 1, "fn", "x = 1"), ("b.py", 2, "g", None)])
print(s.format(), repr(s[0]), s[0] == ("a.py", 1, "fn", "x = 1"), list(s[0]))
try:
    raise ValueError()
except ValueError as e:
    print(traceback.format_exception_only(e))
class MyErr(Exception):
    def __str__(self):
        raise RuntimeError("boom")
try:
    raise MyErr()
except MyErr as e:
    print(traceback.format_exception_only(e))
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print("".join(traceback.format_exception(eg)))
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
te = traceback.TracebackException.from_exception(KeyError("k"))
print(list(te.format()), te.exc_type)
for fr, ln in traceback.walk_tb(None):
    print(fr)
print(traceback.extract_tb(None))
