def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        print("handled the ValueError part")


try:
    f()
except ExceptionGroup as rest:
    print("rest:", repr(rest))
    print([type(e).__name__ for e in rest.exceptions])
