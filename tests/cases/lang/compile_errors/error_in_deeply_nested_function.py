print("never printed")


def a():
    def b():
        def c():
            nonlocal missing_name
            return 1

        return c

    return b
