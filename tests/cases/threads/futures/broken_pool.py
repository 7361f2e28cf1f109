from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
from _capture import run_captured

def init():
    raise OSError("init failed")

def run():
    ex = ThreadPoolExecutor(1, initializer=init)
    f = ex.submit(pow, 2, 2)
    try:
        f.result()
    except BrokenThreadPool as e:
        print("result:", type(e).__name__, e)
    try:
        ex.submit(pow, 2, 3)
    except BrokenThreadPool as e:
        print("submit:", type(e).__name__, e)
    ex.shutdown()

run_captured(run)
print(BrokenThreadPool.__mro__)
