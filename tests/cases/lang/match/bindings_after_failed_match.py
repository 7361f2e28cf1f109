match [1, 2, 3]:
    case [a, b]:
        print("not this")
    case [a, b, c] if a > 5:
        print("guard fails")
    case _:
        pass
print("a and b after failed cases:", a, b)
try:
    match (1, 2):
        case (x, 3):
            pass
    print("x after a partial match:", x)
except NameError as e:
    print("NameError:", e)
