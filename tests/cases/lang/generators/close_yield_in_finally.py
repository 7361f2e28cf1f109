def stubborn():
    try:
        yield 1
    finally:
        yield "refuses to stop"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"


g = returns_on_exit()
next(g)
print(g.close())


def other_error():
    try:
        yield
    except GeneratorExit:
        raise ValueError("from close")


g = other_error()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)
