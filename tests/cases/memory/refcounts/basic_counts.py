# sys.getrefcount for objects a program creates: the argument adds one.
import sys

x = []
print("list", sys.getrefcount(x))
d = {}
print("dict", sys.getrefcount(d))
y = [x, x, x]
print("list held three more times", sys.getrefcount(x))
del y
print("after del", sys.getrefcount(x))
t = (x,)
print("in a tuple", sys.getrefcount(x))
s = {"k": x}
print("dict value", sys.getrefcount(x))
s.clear()
print("after clear", sys.getrefcount(x))
