def loud(x):
    print("map", x)
    return x * 2
m = map(loud, [1, 2, 3])
print("created")
print(next(m))
print(list(m))
f = filter(lambda x: print("filter", x) or x > 1, [1, 2, 3])
print(list(f), list(f))
print(list(map(lambda *a: a, [1, 2], [3], [4, 5, 6])), list(map(None.__class__, [])))
