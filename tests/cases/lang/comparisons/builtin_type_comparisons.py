print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0])
print("abc" < "abd", "Z" < "a", "" < "a", "é" > "z")
print(1 < 1.5 < 2, 2**64 > 1e19, 1.0 == 1, -0.0 == 0.0)
print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {3})
print(float("nan") == float("nan"), float("nan") != float("nan"))
nan = float("nan")
print([nan] == [nan], nan in [nan])
for a, b in ((1, "1"), ([1], (1,)), ({}, {}), (None, None)):
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print({"a": 1} == {"a": 1.0}, (1, 2) == [1, 2])
