import sys


class Box:
    pass


payload = {}
b = Box()
b.item = payload
print("attribute", sys.getrefcount(payload))
b.other = payload
print("two attributes", sys.getrefcount(payload))
del b.item
print("one attribute", sys.getrefcount(payload))
items = [payload] * 5
print("list of five", sys.getrefcount(payload))
items.pop()
print("popped", sys.getrefcount(payload))
items.clear()
print("cleared", sys.getrefcount(payload))
st = set()
k = Box()
st.add(k)
print("set member", sys.getrefcount(k))
st.discard(k)
print("discarded", sys.getrefcount(k))
