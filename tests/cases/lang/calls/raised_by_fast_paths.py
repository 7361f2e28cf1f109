# Exceptions raised by subscripts and int division inside the loop's fast paths: messages,
# __context__ while handling another exception, tracebacks, finally blocks and the stack left
# to the handler, as when the operation raises through the general protocol.
import traceback

def subscripts(n):
    out = []
    d = {"a": 1}
    for k in ["a", "b", 0, (1, 2)]:
        try:
            out.append(d[k])
        except KeyError as e:
            out.append(("KeyError", e.args))
    for seq in ([1, 2], (1, 2), "ab"):
        for i in (1, -2, 2, -3, n):
            try:
                out.append(seq[i])
            except IndexError as e:
                out.append(str(e))
    return out

print(subscripts(10))

def divisions():
    out = []
    for a, b in ((7, 2), (7, 0), (-7, 0), (0, 0)):
        for name, op in (("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("/", lambda x, y: x / y)):
            try:
                out.append(op(a, b))
            except ZeroDivisionError as e:
                out.append(f"{name}: {e}")
    x = 5
    try:
        x //= 0
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        x %= 0
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        x /= 0
    except ZeroDivisionError as e:
        out.append(str(e))
    return out

print(divisions())

def chained():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            {}["missing"]
        except KeyError as e:
            return e

e = chained()
print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def with_finally(seq):
    log = []
    try:
        try:
            return seq[5]
        finally:
            log.append("finally")
    except IndexError as e:
        log.append(str(e))
    return log

print(with_finally([1]), with_finally((1,)))

def in_expression(lst):
    return [1, 2, 3] + [lst[0] + lst[9]]

try:
    in_expression([1])
except IndexError:
    tb = traceback.format_exc().splitlines()
    print(tb[0])
    print(*[line for line in tb[1:] if not line.startswith("  File")], sep="\n")

def uncaught():
    return 1 // 0

uncaught()
