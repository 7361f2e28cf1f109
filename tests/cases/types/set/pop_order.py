s = set(range(10))
print([s.pop() for _ in range(4)], s)
t = {"a", "b", "c", "d", "e"}
print([t.pop() for _ in range(3)], t)
u = {100, 200, 300, 8, 16}
out = []
while u:
    out.append(u.pop())
print(out)
