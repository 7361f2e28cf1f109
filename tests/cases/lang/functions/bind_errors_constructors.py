class NoInit:
    pass


class WithInit:
    def __init__(self, a):
        self.a = a


class WithNew:
    def __new__(cls, a, b):
        return super().__new__(cls)


for call in (
    lambda: NoInit(1),
    lambda: NoInit(x=1),
    lambda: WithInit(),
    lambda: WithInit(1, 2),
    lambda: WithNew(1),
    lambda: object(1),
):
    try:
        call()
    except TypeError as e:
        print(e)
print(type(NoInit()).__name__, WithInit(5).a)
