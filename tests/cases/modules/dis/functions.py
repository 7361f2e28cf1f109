import dis
import io
import re


def show(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    # Addresses of nested code objects differ between runs.
    print(re.sub(r"0x[0-9a-f]+", "0x...", out.getvalue()), end="")
    print("=" * 20)


def loop(x, y=2):
    total = 0
    for i in range(x):
        if i % 2:
            total += i * y
        elif i > 10:
            break
    while total > 100:
        total -= 7
    return total


def guarded(path):
    try:
        data = path.upper()
    except (AttributeError, TypeError) as e:
        return str(e)
    else:
        return data
    finally:
        print("done")


def outer():
    a = 1

    def inner(b):
        nonlocal a
        a += b
        return a

    return inner


def calls(obj, *args, **kwargs):
    obj.method(1, key=2)
    print(*args, sep="-", **kwargs)
    return [v * 2 for v in args if v], {k: v for k, v in kwargs.items()}


def formatting(name, width):
    return f"{name!r:>{width}} {width:d} {name}"


show(loop)
show(guarded)
show(outer)
show(outer())
show(outer, depth=0)
show(calls)
show(formatting)
show(loop, show_caches=False, adaptive=False)
