import sys

def tracer(frame, event, arg):
    co = frame.f_code
    print(event, co.co_name, frame.f_lineno - co.co_firstlineno, arg if event == "return" else "")
    return tracer

def add(a, b):
    c = a + b
    return c

def outer(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

sys.settrace(tracer)
outer(3)
sys.settrace(None)
print(sys.gettrace())
