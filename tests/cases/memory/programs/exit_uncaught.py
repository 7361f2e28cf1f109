# An uncaught exception: the traceback is printed, then at exit the objects its frames held and
# the module's globals are finalized.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


g = N("global")


def fail():
    local = N("local of fail")
    raise RuntimeError("stop")


print("start")
fail()
