from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(str.upper, ["a", "b", "c"])))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(abs, [])))
    print(list(ex.map(len, ["xx", "yyy"], chunksize=10)))
    it = ex.map(lambda x: x * 2, range(5))
    print(type(it).__name__, next(it), list(it))
