class C:
    __match_args__ = ("a",)
    a = 1


try:
    match C():
        case C(1, a=1):
            print("no")
except TypeError as e:
    print(e)
try:
    match C():
        case C(missing=1):
            print("no")
        case _:
            print("missing attribute is a failed match, not an error")
except AttributeError as e:
    print("AttributeError", e)
x = "not a class"
try:
    match 1:
        case x.upper():
            pass
except Exception as e:
    print(type(e).__name__, e)
