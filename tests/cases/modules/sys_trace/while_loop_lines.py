import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name == "loop":
        print(event, frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer

class Ctx:
    def __enter__(self):
        return []

    def __exit__(self, *exc):
        return False

def loop(n):
    i = 0
    while i < n:
        if i % 2:
            i += 1
            continue
        i += 1
    else:
        i = -i
    with Ctx() as c:
        c.append(i)
    return i

sys.settrace(tracer)
loop(3)
sys.settrace(None)
