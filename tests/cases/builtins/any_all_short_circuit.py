def gen(values):
    for v in values:
        print("yield", v)
        yield v
print(any(gen([0, 0, 3, 4])))
print(all(gen([1, 1, 0, 1])))
print(any(gen([])), all(gen([])))
print(any(x > 10 for x in range(100)), all(x < 100 for x in range(100)), any([[], {}, ()]), all([[1], {1: 1}, (1,)]))
