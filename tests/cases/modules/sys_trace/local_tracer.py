import sys

log = []

def local(frame, event, arg):
    log.append(("local", event, frame.f_lineno - frame.f_code.co_firstlineno))
    return local

def global_tracer(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name))
    if frame.f_code.co_name == "traced":
        return local
    return None

def traced():
    a = 1
    b = 2
    return a + b

def untraced():
    x = 1
    return traced() + x

sys.settrace(global_tracer)
untraced()
sys.settrace(None)
for entry in log:
    print(entry)
