import sys

events = []

def tracer(frame, event, arg):
    if event == "call":
        frame.f_trace_opcodes = True
    events.append((event, frame.f_lineno - frame.f_code.co_firstlineno, frame.f_lasti))
    return tracer

def f(a):
    b = a * 2
    return b + 1

sys.settrace(tracer)
f(4)
sys.settrace(None)
for e in events:
    print(e)
