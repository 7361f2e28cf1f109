class C:
    def m(self, x):
        return x

    @classmethod
    def cm(cls, y):
        return y

    @staticmethod
    def sm(z):
        return z


for call in (
    lambda: C().m(),
    lambda: C.m(),
    lambda: C().m(1, 2),
    lambda: C.cm(),
    lambda: C().sm(1, 2),
    lambda: C.m(C(), x=1, y=2),
):
    try:
        call()
    except TypeError as e:
        print(e)
