def t(expr):
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", e)

for expr in ["1 + 'a'", "'a' - 'b'", "[1] * 'x'", "{} + {}", "None + 1", "1 < None", "[1] < (1,)", "-'a'", "~1.5", "1 @ 2", "'a' % 1", "b'a' + 'b'", "{1} + {2}", "(1,) - (1,)", "abs('x')", "len(5)", "2 ** 'a'", "'a' ** 2", "1 // 'x'", "divmod([], 1)"]:
    t(expr)
