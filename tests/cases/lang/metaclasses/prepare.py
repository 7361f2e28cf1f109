class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        return {"injected": "from __prepare__"}

    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, dict(ns))


class C(metaclass=OrderedMeta, option=1):
    print("class body sees", injected)
    z = 1
    a = 2


print(C.injected, C.z)


class LoggingNS(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


class LogMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingNS()


class D(metaclass=LogMeta):
    first = 1

    def method(self):
        pass
