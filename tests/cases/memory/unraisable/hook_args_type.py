# UnraisableHookArgs: a struct sequence of five fields that the default hook insists on; one can
# be built and passed to sys.__unraisablehook__ directly, which then prints what it holds.
import io
import sys

seen = []
sys.unraisablehook = seen.append


class A:
    def __del__(self):
        raise ValueError("v")


a = A()
del a
sys.unraisablehook = sys.__unraisablehook__
T = type(seen[0])
print(T.__name__, T.__module__, T.__mro__[1:])
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields)
print(T.__doc__)
print(seen[0] == tuple(seen[0]), seen[0][3], seen[0].err_msg)
print(T.__reduce__(seen[0])[0] is T)
for args in [(), ((1, 2, 3),), (7,), ([1, 2, 3, 4, 5, 6],)]:
    try:
        T(*args)
    except TypeError as e:
        print("TypeError:", e)
try:

    class Sub(T):
        pass

except TypeError as e:
    print("TypeError:", e)
for bad in [42, (ValueError, None, None, None, None)]:
    try:
        sys.__unraisablehook__(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: sys.__unraisablehook__(), lambda: sys.__unraisablehook__(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
u = T((ValueError, ValueError("made"), None, "custom message", "an object"))
print(u)
sys.stderr = err = io.StringIO()
print(sys.__unraisablehook__(u))
sys.__unraisablehook__(T([KeyError, KeyError("k"), None, None, None]))
sys.__unraisablehook__(T((LookupError, None, None, "no value", 3)))
sys.__unraisablehook__(T((ValueError, 42, None, 42, None)))
sys.stderr = None
print(sys.__unraisablehook__(u))
sys.stderr = sys.__stderr__
print(err.getvalue(), end="")
