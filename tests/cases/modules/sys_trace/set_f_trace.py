import sys

def local(frame, event, arg):
    print("local", event, frame.f_lineno - frame.f_code.co_firstlineno)
    return local

def noop(frame, event, arg):
    return None

def main():
    frame = sys._getframe()
    frame.f_trace = local
    sys.settrace(noop)
    x = 1
    y = 2
    sys.settrace(None)
    z = 3
    return x + y + z

print(main())
print(sys._getframe().f_trace)
