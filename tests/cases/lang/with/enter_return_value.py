class CM:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *a):
        return False


with CM() as (a, [b, c]):
    print(a, b, c)
holder = {}
with CM() as holder["key"]:
    pass
print(holder)


class Obj:
    pass


o = Obj()
with CM() as o.attr:
    pass
print(o.attr)
