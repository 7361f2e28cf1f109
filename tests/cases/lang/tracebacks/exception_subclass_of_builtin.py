class InsufficientFunds(ValueError):
    """Raised when a withdrawal is too large."""


class Wallet:
    def __init__(self, amount):
        self.amount = amount

    def pay(self, price):
        if price > self.amount:
            raise InsufficientFunds(f"need {price - self.amount} more")
        self.amount -= price


w = Wallet(5)
w.pay(3)
w.pay(3)
