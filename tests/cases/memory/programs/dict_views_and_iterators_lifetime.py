# An iterator keeps its container alive after the name is gone; the container and its items die
# when the iterator is exhausted and dropped.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


d = {"a": N("da"), "b": N("db")}
it = iter(d.items())
del d
print("dict name deleted")
k, v = next(it)
print("got", k, v.name)
del v
print("first value name dropped")
del it
print("iterator dropped")
lst = [N("l0"), N("l1")]
it = reversed(lst)
lst = None
print(next(it).name)
it = None
print("end")
