def f():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            print("handled", i)
    return "done"


print(f())


def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        saved = eg
    return repr(saved)


print(g())
