for obj in [iter([1, 2]), (x for x in []), map(abs, []), zip(), enumerate([]), reversed([1]), filter(None, [])]:
    try:
        len(obj)
    except TypeError as e:
        print(e)
print(len(list(map(abs, [1, 2]))), len(dict(zip("ab", "cd"))), len(range(10 ** 18)))
