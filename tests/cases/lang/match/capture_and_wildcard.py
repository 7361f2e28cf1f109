def f(x):
    match x:
        case 0:
            return "zero"
        case n if isinstance(n, int) and n < 0:
            return f"negative {n}"
        case other:
            return f"captured {other!r}"


print(f(0), f(-5), f([1]))
match 42:
    case _:
        print("wildcard binds nothing")
match "value":
    case name:
        print("name bound:", name)
print(name)
