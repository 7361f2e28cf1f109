import sys

def prof(frame, event, arg):
    name = ""
    if event.startswith("c_"):
        name = arg.__name__
        owner = getattr(arg, "__self__", None)
        if owner is not None and not isinstance(owner, type(sys)):
            name = type(owner).__name__ + "." + name
    elif event == "return":
        name = repr(arg)
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, name)

def work(items):
    out = []
    for x in items:
        out.append(abs(x))
    out.sort()
    try:
        len(5)
    except TypeError:
        pass
    return max(out)

sys.setprofile(prof)
work([3, -1, 2])
sys.setprofile(None)
print(sys.getprofile())
