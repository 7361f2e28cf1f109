class C:
    x: int
    y: "str" = "a"
    def __init__(self, v: int) -> None:
        self.v: int = v
        self.w: list = []
    @classmethod
    def make(cls, *args: int, **kwargs: str) -> "C":
        return cls(*args, **kwargs)
def f():
    a = 1
    class D:
        b: a = a
        def m(self) -> a:
            return a
    return D
