class NoArgs:
    pass


class BadArgs:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


class NotTuple:
    __match_args__ = ["a"]
    a = 1


for subject, label in ((NoArgs(), "NoArgs"), (BadArgs(), "BadArgs"), (NotTuple(), "NotTuple")):
    try:
        match subject:
            case NoArgs(x):
                print("matched NoArgs", x)
            case BadArgs(x, y):
                print("matched BadArgs", x, y)
            case NotTuple(x):
                print("matched NotTuple", x)
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    match 5:
        case int(x, y):
            pass
except TypeError as e:
    print(e)
