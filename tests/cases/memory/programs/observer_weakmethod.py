# An event source holding its observers' bound methods weakly: a dead observer is dropped by the
# WeakMethod's callback, and the source never keeps a listener alive.
import weakref


class Source:
    def __init__(self):
        self._subs = []

    def subscribe(self, method):
        def gone(ref, name=method.__self__.name):
            print("unsubscribed", name)
            self._subs.remove(ref)

        self._subs.append(weakref.WeakMethod(method, gone))

    def emit(self, value):
        for ref in list(self._subs):
            m = ref()
            if m is not None:
                m(value)


class Listener:
    def __init__(self, name):
        self.name = name

    def on(self, value):
        print(self.name, "got", value)

    def __del__(self):
        print("del", self.name)


src = Source()
l1 = Listener("one")
l2 = Listener("two")
l3 = Listener("three")
for l in (l1, l2, l3):
    src.subscribe(l.on)
del l
src.emit(1)
del l2
print("subs", len(src._subs))
src.emit(2)
l1 = l3
print("rebound")
src.emit(3)
del l1, l3
print("subs", len(src._subs))
src.emit(4)
print("end")
