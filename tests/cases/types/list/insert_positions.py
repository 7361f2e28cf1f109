for pos in [-100, -3, -2, -1, 0, 1, 2, 3, 100, 2 ** 70, -(2 ** 70)]:
    a = ["a", "b", "c"]
    try:
        a.insert(pos, "X")
    except OverflowError as e:
        print(e)
    print(pos if abs(pos) < 1000 else "big", a)
