# __build_class__ keeps its arguments while the class body runs: a base replaced by
# __mro_entries__ dies with the class (held by __orig_bases__), not during the body.
class Base:
    def __init__(self, name):
        self.name = name

    def __mro_entries__(self, bases):
        return (object,)

    def __del__(self):
        print("del", self.name)


class C(Base("orig")):
    print("body start")
    x = [1, 2]
    print("body end")

print("orig_bases kept:", C.__orig_bases__[0].name)
del C
import gc
gc.collect()
print("done")
