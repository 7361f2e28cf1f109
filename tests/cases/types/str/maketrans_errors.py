def t(*args):
    try:
        print(str.maketrans(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t("ab", "c")
t({"ab": 1})
t({1.5: "x"})
t("a")
t(["a"])
t("a", "b", 5)
t(1, 2)
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    print(e)
try:
    "abc".translate({97: 0x110000})
except ValueError as e:
    print(e)
