def t(f):
    try:
        f()
    except TypeError as e:
        print(e)

t(lambda: list(5))
t(lambda: [x for x in 5])
t(lambda: sorted(None))
t(lambda: sum(1.5))
t(lambda: max(3))
t(lambda: set(True))
t(lambda: dict.fromkeys(2))
t(lambda: "".join(7))
t(lambda: tuple(len))
t(lambda: zip(1))
t(lambda: enumerate(object()))
t(lambda: sorted(*5))
t(lambda: print(*None))
t(lambda: dict(**5))
t(lambda: [].extend(3))
t(lambda: (lambda *a: a)(*1.5))
t(lambda: {**[1]})
t(lambda: [*3])
