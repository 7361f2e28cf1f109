# Exceptions raised by natives' common calls (next() at the end, getattr of a missing name,
# list.pop / dict.pop / str.index misses): type, message, args, context, traceback lines.
import sys
import traceback

class A:
    x = 1

def lines(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, repr(e), e.args, repr(e.__context__), e.__suppress_context__, len(lines(e)))
        if isinstance(e, AttributeError):
            print("  name/obj", e.name, type(e.obj).__name__)
        if isinstance(e, StopIteration):
            print("  value", e.value)
    else:
        print(label, "->", repr(r))

it = iter([1])
attempt("next1", lambda: next(it))
attempt("next2", lambda: next(it))
attempt("next3", lambda: next(iter(())))
attempt("next-dict", lambda: next(iter({})))
attempt("next-str", lambda: next(iter("")))
attempt("next-range", lambda: next(iter(range(0))))
attempt("next-enum", lambda: next(enumerate([])))
attempt("getattr", lambda: getattr(A(), "y"))
attempt("getattr-cls", lambda: getattr(A, "y"))
attempt("getattr-int", lambda: getattr(5, "y"))
attempt("getattr-mod", lambda: getattr(sys, "nope"))
attempt("getattr-ok", lambda: getattr(A(), "x"))
attempt("pop-empty", lambda: [].pop())
attempt("pop-range", lambda: [1, 2].pop(5))
attempt("pop-neg", lambda: [1, 2].pop(-3))
attempt("dpop", lambda: {}.pop("k"))
attempt("dpop2", lambda: {"a": 1}.pop("k"))
attempt("dpop3", lambda: {1: 1}.pop(2))
attempt("dpop-list", lambda: {}.pop([1]))
attempt("dpop-default", lambda: {"a": 1}.pop("k", 7))
attempt("sindex", lambda: "abc".index("z"))
attempt("srindex", lambda: "abc".rindex("z", 1))

def direct():
    # The same calls written as CALLs in a frame with handlers around them.
    total = 0
    it = iter([1, 2, 3])
    while True:
        try:
            total += next(it)
        except StopIteration as e:
            print("stop", repr(e), e.value, e.__context__, lines(e))
            break
    try:
        getattr(A(), "missing")
    except AttributeError as e:
        print("attr", e, e.name, lines(e))
    try:
        try:
            raise KeyError("first")
        except KeyError:
            [].pop()
    except IndexError as e:
        print("ctx", repr(e), repr(e.__context__), lines(e))
    try:
        {}.pop("x")
    except KeyError as e:
        print("key", repr(e), lines(e))
    try:
        "abc".index("q")
    except ValueError as e:
        print("val", repr(e), lines(e))
    d = {"a": 1, "b": 2}
    for k in ["a", "c", "b", "a"]:
        try:
            print("popped", d.pop(k))
        except KeyError as e:
            print("missing", e)
    print(d)
    try:
        raise RuntimeError("outer") from next(iter([]), None)
    except RuntimeError as e:
        print("from None-ish", e.__cause__)
    return total

print(direct())

def gen():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        yield "caught in gen"
    yield next(it)

g = gen()
print(next(g))
try:
    print(next(g))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def finally_order():
    log = []
    try:
        try:
            [].pop()
        finally:
            log.append("finally")
    except IndexError as e:
        log.append(str(e))
    return log

print(finally_order())
print(sys.exc_info())
try:
    getattr(object(), "zz")
except AttributeError:
    print(sys.exc_info()[0].__name__, str(sys.exc_info()[1]))
try:
    next(iter(()))
except StopIteration:
    traceback.print_exc(file=sys.stdout)
print([].pop.__name__, {}.pop.__qualname__)
next(iter([]))
