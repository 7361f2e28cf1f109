def trace(fn):
    def wrapper(self, *args):
        result = fn(self, *args)
        print(f"{type(self).__name__}.{fn.__name__}{args} -> {result!r}")
        return result

    return wrapper


class Account:
    def __init__(self):
        self.balance = 0

    @trace
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @property
    @trace
    def doubled(self):
        return self.balance * 2


a = Account()
a.deposit(10)
a.deposit(5)
print(a.doubled)
