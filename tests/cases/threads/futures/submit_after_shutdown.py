from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(1) as ex2:
    pass
try:
    ex2.map(abs, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
