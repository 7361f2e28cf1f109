for s in ["1 + 2 * 3", "2 ** 10", "'a' * 3", "[x for x in range(3)]", "{'k': (1, 2)}", "lambda: 1", "not True", "1 if 0 else 2", "(1, 2) + (3,)", "sum(range(10))", "abs(-5)", "len('héllo')", "0.1 + 0.2", "10 // 3, 10 % 3", "{1, 2} | {3}"]:
    v = eval(s)
    print(s, "->", v if not callable(v) else "function")
