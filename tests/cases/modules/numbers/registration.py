import numbers
class MyInt:
    pass
numbers.Integral.register(MyInt)
print(isinstance(MyInt(), numbers.Integral), isinstance(MyInt(), numbers.Number), issubclass(MyInt, numbers.Real), issubclass(MyInt, numbers.Complex))
print(numbers.Integral.__mro__[1].__name__, [c.__name__ for c in numbers.Real.__mro__])
print(sorted(numbers.Integral.__abstractmethods__)[:5])
