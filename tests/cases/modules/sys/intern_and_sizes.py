import sys
a = sys.intern("hello world!")
b = sys.intern("hello world!")
print(a is b, a == "hello world!", type(sys.getsizeof(1)).__name__)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
print(sys.getrefcount is not None, sys.call_tracing(lambda a, b: a + b, (1, 2)))
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def inner():
    return sys._getframe(1).f_code.co_name
def outer():
    return inner()
print(outer())
