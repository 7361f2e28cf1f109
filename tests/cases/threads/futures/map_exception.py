from concurrent.futures import ThreadPoolExecutor

def inv(x):
    return 1 / x

with ThreadPoolExecutor(2) as ex:
    results = ex.map(inv, [1, 2, 0, 4])
    got = []
    try:
        for r in results:
            got.append(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(got)
