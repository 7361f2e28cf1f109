d = {}
sizes = []
for i in range(30):
    d[i] = i
    sizes.append(len(d))
print(sizes)
print(len({}.fromkeys(range(10 ** 4))))
print({i: None for i in range(5)}.keys().__len__(), len({1: 1}.items()), len({1: 1}.values()))
