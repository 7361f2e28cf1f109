def t(*args):
    try:
        print(repr(range(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t()
t(1, 2, 0)
t(1.5)
t("1")
t(1, 2, 3, 4)
t(None)
t(True, 3)
class I:
    def __index__(self):
        return 4
t(I())
t(0, I(), I())
try:
    range(x=1)
except TypeError as e:
    print(e)
