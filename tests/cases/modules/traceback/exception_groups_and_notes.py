import traceback
try:
    try:
        raise ValueError("with note")
    except ValueError as e:
        e.add_note("first note")
        e.add_note("second note")
        raise
except ValueError as e:
    print("".join(traceback.format_exception_only(e)), end="")
eg = ExceptionGroup("group", [ValueError("a"), TypeError("b")])
print("".join(traceback.format_exception_only(eg)), end="")
try:
    raise eg
except* ValueError as g:
    print("caught", repr(g.exceptions))
except* TypeError as g:
    print("caught", repr(g.exceptions))
