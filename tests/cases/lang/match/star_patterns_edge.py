def f(x):
    match x:
        case [*all_items]:
            return ("all", all_items)


print(f([]), f([1, 2]), f((3,)))
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts with 1, ends with 5")
match [1, 2]:
    case [*head, 2]:
        print("head", head)
match (1, 2, 3):
    case (*_, x):
        print("last", x)
match "abc":
    case [*chars]:
        print("string matched as sequence?")
    case _:
        print("strings are not sequences for match")
