class Meta(type):
    def meta_method(cls):
        return "meta method on " + cls.__name__


class C(metaclass=Meta):
    def inst(self):
        return "instance method"


print(C.meta_method())
try:
    C().meta_method()
except AttributeError as e:
    print(e)
print(C().inst())
print(type(C.inst).__name__, type(C().inst).__name__)
print(hasattr(C, "mro"), hasattr(C(), "mro"))
