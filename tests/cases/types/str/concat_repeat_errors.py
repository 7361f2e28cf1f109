print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "x" * True)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" + None)
t(lambda: "a" + b"b")
t(lambda: "a" * 1.5)
t(lambda: "a" * "b")
t(lambda: [1] + "a")
t(lambda: "a" * (2 ** 63))
t(lambda: "a" - "b")
t(lambda: -"a")
