class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)


@CountCalls
def hello(name):
    return "hello " + name


print(hello("a"), hello("b"))
print(hello.count, type(hello).__name__)


class C:
    @CountCalls
    def method(self):
        return "no self binding"


try:
    C().method()
except TypeError as e:
    print(e)
print(C.method.count)
