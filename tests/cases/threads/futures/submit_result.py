from concurrent.futures import ThreadPoolExecutor

def power(base, exp=2):
    return base ** exp

with ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(power, 3)
    f2 = ex.submit(power, 2, exp=10)
    f3 = ex.submit(power, base=5, exp=3)
    print(f1.result(), f2.result(), f3.result())
    print(f1.done(), f1.running(), f1.cancelled(), f1.exception())
