class Pizza:
    count = 0

    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])

    @staticmethod
    def area(r):
        return r * r * 3

    @classmethod
    def made(cls):
        return cls.count


class Special(Pizza):
    pass


print(Pizza.margherita().toppings, Pizza.area(2), Pizza().area(1) if False else Pizza.area(1))
s = Special.margherita()
print(type(s).__name__, Special.made(), s.made())
print(type(Pizza.__dict__["margherita"]).__name__, type(Pizza.__dict__["area"]).__name__)
print(Pizza.area.__name__, Pizza.margherita.__self__ is Pizza)
