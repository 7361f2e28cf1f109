# Storing a bound method on its own instance makes a cycle (the method holds the instance);
# storing the function or a weak method does not.
import gc
import weakref


class Button:
    def __init__(self, name):
        self.name = name

    def click(self):
        return self.name

    def __del__(self):
        print("del", self.name)


gc.disable()
b = Button("strong")
b.handler = b.click
print(b.handler())
del b
print("strong handler dropped")
print("collected", gc.collect())
b = Button("weak")
b.handler = weakref.WeakMethod(b.click)
print(b.handler()())
del b
print("weak handler dropped")
b = Button("function")
b.handler = Button.click
print(b.handler(b))
del b
print("function handler dropped")
print("end")
