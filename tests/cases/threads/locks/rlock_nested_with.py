import threading

r = threading.RLock()

def depth(n):
    with r:
        if n == 0:
            return r._recursion_count()
        return depth(n - 1)

print(depth(5))
print(r._recursion_count())
lock = threading.Lock()
print(lock.acquire(False), lock.acquire(False))
