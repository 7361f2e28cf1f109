match [1, [2, 3]]:
    case [int() as first, [*_] as inner] as whole:
        print(first, inner, whole)
match {"a": (1, 2)}:
    case {"a": (x, y) as pair}:
        print(x, y, pair)
match 5:
    case (1 | 5) as n:
        print("or with as:", n)
match "text":
    case str() as s if len(s) > 3:
        print("long string", s)
