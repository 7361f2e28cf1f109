print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), ", ".join(map(str, range(5))), "ab".join("123"))
print("".join(x for x in "hello" if x != "l"), "|".join({"k": 1, "j": 2}))
for bad in [["a", 1], [1, "a"], ["a", b"b"], [None], 5]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
class S(str):
    pass
r = "".join([S("ab")])
print(r, type(r).__name__)
