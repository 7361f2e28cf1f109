class MyList(list):
    def total(self):
        return sum(self)


class MyDict(dict):
    def __missing__(self, key):
        return f"<{key}>"


class MyStr(str):
    def shout(self):
        return self.upper() + "!"


class MyInt(int):
    pass


ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml).__name__, type(ml + [5]).__name__)
md = MyDict(a=1)
print(md["a"], md["zz"], "zz" in md)
s = MyStr("hey")
print(s.shout(), type(s + "x").__name__, s == "hey")
n = MyInt(5)
print(n + 1, type(n + 1).__name__, type(n).__name__, repr(n))
