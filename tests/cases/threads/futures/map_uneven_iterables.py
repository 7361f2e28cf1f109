from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lambda a, b, c: a + b + c, [1, 2, 3, 4], [10, 20], [100, 200, 300])))
    print(list(ex.map(lambda *xs: len(xs), [1, 2], "ab", (3, 4))))
    print(list(ex.map(divmod, range(10, 13), [3] * 3, timeout=30)))
