# LOAD_GLOBAL sites while globals and builtins are rebound, added and deleted.
import builtins


def use_len():
    return len("abc")


def use_g():
    return g


real_len = builtins.len
out = []
for i in range(7):
    if i == 1:
        len = lambda s: "global len"  # noqa: E731
    if i == 2:
        del len
    if i == 3:
        builtins.len = lambda s: "builtin len"
    if i == 4:
        builtins.len = real_len
    if i == 5:
        del builtins.len
    if i == 6:
        builtins.len = real_len
    try:
        out.append(use_len())
    except NameError as e:
        out.append(str(e))
print(out)

vals = []
for i in range(5):
    if i == 0:
        g = 1
    if i == 2:
        g = "two"
    if i == 3:
        del g
    if i == 4:
        globals()["g"] = "via globals()"
    try:
        vals.append(use_g())
    except NameError as e:
        vals.append(str(e))
print(vals)

# Many globals added between loads (the globals dict grows and its entries move).
def read_x():
    return x


x = "first"
seen = [read_x()]
for n in range(100):
    globals()["filler%d" % n] = n
seen.append(read_x())
for n in range(100):
    del globals()["filler%d" % n]
x = "last"
seen.append(read_x())
print(seen)
