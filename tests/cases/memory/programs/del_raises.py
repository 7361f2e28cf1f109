# __del__ that raises: CPython reports it through sys.unraisablehook ("Exception ignored in:" and
# the traceback on sys.stderr, whatever sys.stderr is then) and the program goes on. Captured
# here so that the addresses in the reprs can be masked.
import io
import re
import sys


class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        raise RuntimeError("failed to release " + self.name)


class Worse:
    def __del__(self):
        1 / 0


def report(err):
    text = re.sub(r"0x[0-9a-f]+", "0x...", err.getvalue())
    print(text, end="")


real = sys.stderr
sys.stderr = err = io.StringIO()
b = Bad("one")
del b
print("after one")
lst = [Bad("two"), Bad("three")]
lst = None
print("after list")
w = Worse()
w = 5
print("after worse", w)


def f():
    x = Bad("local")
    return 3


print(f())
sys.stderr = real
report(err)

print("end")
