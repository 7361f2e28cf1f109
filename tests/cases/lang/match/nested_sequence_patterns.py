def evaluate(expr):
    match expr:
        case ["+", left, right]:
            return evaluate(left) + evaluate(right)
        case ["*", left, right]:
            return evaluate(left) * evaluate(right)
        case ["neg", operand]:
            return -evaluate(operand)
        case [*_]:
            raise ValueError(f"bad expression {expr!r}")
        case int() | float() as number:
            return number


print(evaluate(["+", 1, ["*", 2, 3]]))
print(evaluate(["neg", ["+", 1.5, 2]]))
try:
    evaluate(["?", 1])
except ValueError as e:
    print(e)
match (1, (2, [3, 4])):
    case (a, (b, [c, d])):
        print(a + b + c + d)
