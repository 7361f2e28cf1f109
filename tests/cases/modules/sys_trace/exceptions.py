import sys

def tracer(frame, event, arg):
    co = frame.f_code
    extra = ""
    if event == "exception":
        extra = "%s(%s) tb=%s" % (arg[0].__name__, arg[1], arg[2].tb_lineno - co.co_firstlineno)
    elif event == "return":
        extra = repr(arg)
    print(event, co.co_name, frame.f_lineno - co.co_firstlineno, extra)
    return tracer

def inner(x):
    if x:
        raise KeyError(x)
    return 0

def middle(x):
    try:
        return inner(x)
    finally:
        print("finally")

def outer():
    try:
        middle(1)
    except KeyError as e:
        print("caught", e)
    try:
        middle(0)
        raise ValueError("v")
    except ValueError:
        pass
    return "ok"

sys.settrace(tracer)
outer()
sys.settrace(None)
