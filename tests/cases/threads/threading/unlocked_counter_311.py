# Two threads change a global without a lock. In CPython 3.11 a thread can only be switched
# out where the eval breaker is checked (calls and backward jumps), never between the load and
# the store of `total += 1`, so the updates do not interleave and the result is exact.
import threading

total = 0

def up(n):
    global total
    for _ in range(n):
        total += 1

def down(n):
    global total
    for _ in range(n):
        total -= 1

a = threading.Thread(target=up, args=(20000,))
b = threading.Thread(target=down, args=(20000,))
a.start()
b.start()
a.join()
b.join()
print(total)
