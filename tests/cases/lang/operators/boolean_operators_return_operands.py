print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0)
print([] and "never", [1] and "yes", None or 0)
calls = []


def f(tag, v):
    calls.append(tag)
    return v


f("a", 0) or f("b", 1) or f("c", 2)
f("d", 1) and f("e", 0) and f("f", 1)
print(calls)
print(not [], not [0], not None, not 0.0, not "0")


class Falsy:
    def __bool__(self):
        print("__bool__ called")
        return False


print(Falsy() or "fallback")
