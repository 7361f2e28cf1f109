s = set()
for i in range(30):
    s.add("k" + str(i))
    if i in (4, 9, 19, 29):
        print(i, list(s))
for i in range(0, 30, 2):
    s.discard("k" + str(i))
print(list(s))
