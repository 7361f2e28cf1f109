try:
    raise ValueError("not a group")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg), eg.message == "")
try:
    try:
        raise KeyError("naked, unmatched")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("re-raised unchanged:", repr(e))
