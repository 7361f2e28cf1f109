# `raise instance from instance/None/class` and invalid causes: __cause__, __suppress_context__
# and __context__ as CPython sets them, through the loop's fast path and the general one.
def show(e):
    print(type(e).__name__, repr(e.__cause__), e.__suppress_context__, repr(e.__context__))


for cause in ("none", "instance", "class", "bad"):
    try:
        try:
            1 // 0
        except ZeroDivisionError as z:
            if cause == "none":
                raise ValueError("a") from None
            if cause == "instance":
                raise KeyError("k") from z
            if cause == "class":
                raise KeyError("k") from IndexError
            raise ValueError("b") from 5
    except Exception as e:
        show(e)

err = ValueError("reused")
for _ in range(2):
    try:
        raise err from None
    except ValueError as e:
        show(e)
try:
    raise err from KeyError("x")
except ValueError as e:
    show(e)
    print(e.__traceback__.tb_next is None)
