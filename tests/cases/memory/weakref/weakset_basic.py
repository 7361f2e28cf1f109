# WeakSet members vanish as they die.
import weakref

class N:
    def __init__(self, name):
        self.name = name

ws = weakref.WeakSet()
items = [N(i) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws))
items.pop()
print(len(ws))
del items[0]
print(len(ws))
items = None
print(len(ws))
