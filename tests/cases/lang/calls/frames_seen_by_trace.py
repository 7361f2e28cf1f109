# Frames seen by a trace or profile function are kept (the hook may hold them), and calls made
# after tracing stops reuse nothing that was handed out.
import sys

seen = []

def tracer(frame, event, arg):
    if event == "call":
        seen.append(frame)
    return None

def f(a):
    b = a + 1
    return b

sys.settrace(tracer)
for i in range(3):
    f(i)
sys.settrace(None)
for i in range(30):
    f(100 + i)
print([fr.f_locals for fr in seen if fr.f_code.co_name == "f"])
print(len({id(fr) for fr in seen}))

prof = []
def profiler(frame, event, arg):
    if event == "return" and frame.f_code.co_name == "f":
        prof.append((frame, arg))

sys.setprofile(profiler)
for i in range(3):
    f(i * 7)
sys.setprofile(None)
for i in range(30):
    f(i)
print([(fr.f_locals["a"], r) for fr, r in prof])
