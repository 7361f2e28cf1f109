items = [1, 2, 3]
d = {"key": "value"}
print(f"{len(items)} items, first {items[0]}, last {items[-1]}")
print(f"{d['key']} {d.get('missing', 'default')}")
print(f"{sum(x * x for x in items)}")
print(f"{'yes' if items else 'no'}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{[x for x in range(3)]} {({1: 2})}")
print(f"{items!r:>15}|")
print(f"{3 + 4j} {-1:+d} { 5 }")
obj = type("O", (), {"attr": "attribute"})()
print(f"{obj.attr.upper()}")
print(f"{'a' 'b'}", f"{'%s' % 'percent'}")
