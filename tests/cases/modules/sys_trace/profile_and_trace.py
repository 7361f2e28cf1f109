import sys

def tracer(frame, event, arg):
    print("T", event, frame.f_code.co_name)
    return tracer

def prof(frame, event, arg):
    print("P", event, frame.f_code.co_name, getattr(arg, "__name__", "") if event.startswith("c_") else "")

def f():
    return len("ab")

sys.setprofile(prof)
sys.settrace(tracer)
f()
sys.settrace(None)
sys.setprofile(None)
