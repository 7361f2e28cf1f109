tests = [
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "2 ** -1 % 0", "[][1]", "()[0]", "'abc'[10]",
    "int('x')", "int('1.5')", "float('abc')", "int('10', 1)", "chr(-1)", "ord('ab')",
    "[1].index(2)", "'abc'.index('z')", "(1, 2).index(3)", "list.remove([], 1)",
    "range(1, 2, 0)", "'a' * 1.5", "[1] * 'x'", "'x' + 1", "None + 1", "len()", "abs('x')",
    "sum(['a'])", "max([])", "min(1)", "10 ** 10000 * 1.0", "float(10 ** 400)", "import_nothing",
]
for src in tests:
    try:
        eval(src)
    except Exception as e:
        print(f"{src:24} {type(e).__name__}: {e}")
