class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError):
    pass


try:
    raise NotFound(404, "page missing")
except AppError as e:
    print(e, repr(e), e.code, isinstance(e, Exception), type(e).__mro__[1].__name__)


class NoInit(Exception):
    pass


print(NoInit("a", "b").args, str(NoInit("only")), str(NoInit()), repr(NoInit(1)))


class WithInitNoSuper(Exception):
    def __init__(self, x):
        self.x = x


w = WithInitNoSuper(5)
print(w.args, str(w), w.x)
