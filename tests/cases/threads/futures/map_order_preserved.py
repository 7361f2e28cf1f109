import time
from concurrent.futures import ThreadPoolExecutor

def delayed(x):
    time.sleep(0.001 * (5 - x))
    return x

with ThreadPoolExecutor(5) as ex:
    print(list(ex.map(delayed, range(5))))
