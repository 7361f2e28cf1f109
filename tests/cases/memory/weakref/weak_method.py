import weakref


class A:
    def hello(self):
        return "hello"


a = A()
wm = weakref.WeakMethod(a.hello)
print(wm()())
r = weakref.ref(a.hello)
print(r())
del a
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError")
