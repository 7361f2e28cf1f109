class Positive:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value!r}")
        obj.__dict__[self.name] = value


class Item:
    price = Positive()
    qty = Positive()

    def __init__(self, price, qty):
        self.price = price
        self.qty = qty


it = Item(2.5, 4)
print(it.price * it.qty)
for bad in ((-1, 1), (1, "x"), (0, 0)):
    try:
        Item(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
