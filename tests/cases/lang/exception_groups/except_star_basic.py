try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("ValueError group:", repr(eg))
    print("exceptions:", eg.exceptions)
except* TypeError as eg:
    print("TypeError group:", repr(eg))
print("after")
