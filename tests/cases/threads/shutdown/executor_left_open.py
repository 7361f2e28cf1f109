from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(2)
f = ex.submit(sum, range(10))
print(f.result())
print("executor not shut down; the interpreter stops its workers at exit")
