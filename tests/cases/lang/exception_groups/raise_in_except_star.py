try:
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError:
        raise KeyError("new from handler")
except (ExceptionGroup, KeyError) as e:
    print(repr(e))
    print(repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError as eg:
        raise
except ExceptionGroup as e:
    print("bare raise:", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("from first handler")
    except* TypeError:
        raise IndexError("from second handler")
except ExceptionGroup as e:
    print(repr(e))
    print([repr(x.__context__) for x in e.exceptions])
