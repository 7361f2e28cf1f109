class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("__eq__")
        return self.v == o.v


print(E(1) != E(2))
print(E(1) != E(1))


class ExplicitNe(E):
    def __ne__(self, o):
        return "custom ne"


print(ExplicitNe(1) != E(1))


class WeirdEq:
    def __eq__(self, o):
        return [1]


print(WeirdEq() != 1, WeirdEq() == 1)
