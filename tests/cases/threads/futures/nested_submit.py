from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(4)

def leaf(n):
    return n + 1

def branch(n):
    subs = [ex.submit(leaf, n * 10 + i) for i in range(2)]
    return [s.result() for s in subs]

outer = [ex.submit(branch, i) for i in range(2)]
print([f.result() for f in outer])
ex.shutdown()
