def counter():
    count = 0
    history = []
    while count < 3:
        count += 1
        history.append(count)
        yield count, list(history)


g = counter()
for item in g:
    print(item)
    print("frame locals:", g.gi_frame.f_locals["count"] if g.gi_frame else None)


def late_binding():
    for i in range(3):
        yield lambda: i


print([f() for f in late_binding()])
print([f() for f in list(late_binding())])
