import sys

depth = []

def tracer(frame, event, arg):
    if event in ("call", "return"):
        print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

class Box:
    size = 3

    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

sys.settrace(tracer)
fact(3)
b = Box(5)
b.double
sorted([3, 1, 2], key=lambda v: -v)
sys.settrace(None)
