# An exception stored in a local of the frame it passed through makes a cycle (frame ->
# exception -> traceback -> frame): the locals of that frame survive the return until a
# collection, unless the handler deletes the name.
import gc


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def keeps_error():
    local = N("local of keeps_error")
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return "returned"


def drops_error():
    local = N("local of drops_error")
    try:
        raise ValueError("y")
    except ValueError as e:
        saved = e
        del saved
    return "returned"


gc.disable()
print(keeps_error())
print("after keeps_error")
print(drops_error())
print("after drops_error")
print("collected", gc.collect() > 0)
print("end")
