def grade(score):
    match score:
        case int(s) if s >= 90:
            return "A"
        case int(s) if s >= 80:
            return "B"
        case int(s) if 0 <= s < 80:
            return "C or below"
        case int():
            return "invalid int"
        case _:
            return "not an int"


print([grade(s) for s in (95, 85, 50, -3, "x")])
calls = []


def check(v):
    calls.append(v)
    return v > 1


match [1, 2, 3]:
    case [a, *_] if check(a):
        print("first guard")
    case [_, b, *_] if check(b):
        print("second guard")
print(calls)
