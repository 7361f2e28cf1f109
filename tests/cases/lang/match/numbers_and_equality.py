def f(x):
    match x:
        case 1:
            return "matches 1"
        case "1":
            return "the string"
        case _:
            return "no"


print(f(1), f(1.0), f(True), f("1"), f(1 + 0j))
match 0.0:
    case -0.0:
        print("0.0 matches -0.0")
nan = float("nan")
match nan:
    case float(v) if v != v:
        print("nan via guard")


class AlwaysEqual:
    def __eq__(self, other):
        return True


match AlwaysEqual():
    case 42:
        print("value patterns use ==")
