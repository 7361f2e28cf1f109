pairs = [(1, "a"), ("a", 1), ([], ()), (None, 0), (object(), object()), (1j, 2j), ({}, [])]
for a, b in pairs:
    for op in ("<", "<=", ">", ">="):
        try:
            eval(f"a {op} b")
        except TypeError as e:
            print(e)
            break
