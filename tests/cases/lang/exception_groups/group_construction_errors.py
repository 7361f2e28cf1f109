for args in (("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = BaseExceptionGroup("auto", [ValueError()])
print(type(g).__name__)
g2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(g2).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
eg = ExceptionGroup("message", (ValueError("a"),))
print(eg.message, eg.exceptions, str(eg), eg.args)
