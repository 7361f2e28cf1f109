words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words})
print(sorted({len(w) for w in words}))
print({k: v for k, v in zip("abc", range(3)) if v})
print({i: {j: i * j for j in range(i)} for i in range(3)})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
order = []
d = {order.append("k") or k: order.append("v") or k * 2 for k in range(2)}
print(d, order)
print({x % 3 for x in range(10)} == {0, 1, 2})
