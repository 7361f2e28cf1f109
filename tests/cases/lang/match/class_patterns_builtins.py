def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case _:
            return "other"


for v in (True, 1000, 7, 2.5, "", "hi", [9, 8], {"k": 1}, (1, 2), None, []):
    print(kind(v))
