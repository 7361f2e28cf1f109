print("never printed")


class C:
    data = [y := n for n in range(3)]
