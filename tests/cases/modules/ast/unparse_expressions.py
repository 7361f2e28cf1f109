# ast.unparse of expressions: precedence and parentheses, literals, comprehensions, f-strings.
import ast

for src in ["a + b * c", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b",
            "not a and b", "not (a and b)", "a or b and c or d", "a if b else c if d else e",
            "(a if b else c) if d else e", "lambda: (yield)", "(x := 1)",
            "a < b < c", "(a < b) < c", "a is not b", "a not in b", "f(*a, **k, x=1)",
            "a[1:2, ::3]", "a[b, c]", "a[()]", "a[(1,)]", "(1,)", "()", "{}", "{*()}", "{1, 2}",
            "{**a, 'b': 1}", "[x for x in y if x for z in w]", "{k: v for k, v in d}",
            "(x async for x in y)", "1 .real", "1.5.real", "'a' 'b'", "b'x\\n'",
            "f'{x!r:>{w}} {y}'", "f'{x}\\n'", "f\"{'a'}\"", "1e400", "-1e400j", "...",
            "await x", "(yield x)", "*a, b = c", "a, *b = c", "x[::2] = y"]:
    tree = ast.parse(src)
    print(src, "=>", ast.unparse(tree))
print(ast.unparse(ast.parse("x", mode="eval")), ast.unparse(ast.Name("n")))
