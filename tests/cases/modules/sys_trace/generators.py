import sys

def tracer(frame, event, arg):
    co = frame.f_code
    print(event, co.co_name, frame.f_lineno - co.co_firstlineno, repr(arg) if event == "return" else "")
    return tracer

def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            print("got", got)
        i += 1
    return "end"

def deleg():
    r = yield from counter(2)
    print("r", r)

def main():
    g = counter(2)
    print(next(g))
    print(g.send("s"))
    g.close()
    for v in deleg():
        print("v", v)

sys.settrace(tracer)
main()
sys.settrace(None)
