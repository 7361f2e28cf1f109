def f(x):
    match x:
        case 1:
            return "one"
        case 2:
            return "two"
    return "no case matched"


print(f(1), f(3))
result = "unchanged"
match "z":
    case "a":
        result = "a"
print(result)
match = "match is a soft keyword"
case = [match]
print(match, case)
