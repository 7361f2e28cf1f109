def f(a, b, /, c, *, d, **e):
    def g(*args, **kwargs):
        return f(*args, **kwargs)
    return g
def deco(*args):
    return lambda f: f
@deco(1, 2)
@deco
class K(object, metaclass=type, flag=True):
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
def kwonly(*, a, b=2, **rest):
    return a, b, rest
def defaults(a=1, b=(1, 2), c=None, *args, d=[], e={}):
    pass
def nested_defaults(x=lambda y=1: y):
    return x()
