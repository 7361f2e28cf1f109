a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, type(None) is type(None))
x = 1000
y = x
print(x is y)
print(True is (1 == 1), False is (not 1))
t = ()
print(t == (), "" == str(), [] == list())


class AlwaysEqual:
    def __eq__(self, o):
        return True


ae = AlwaysEqual()
print(ae == 1, ae == None, ae is None, [ae] == [2])
print(ae in [1, 2, 3], [1, 2].index(ae), [5, 6].count(ae))
