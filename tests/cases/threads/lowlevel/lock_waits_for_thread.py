import _thread
import time

lock = _thread.allocate_lock()
lock.acquire()
result = []

def job():
    time.sleep(0.02)
    result.append("job ran")
    lock.release()

_thread.start_new_thread(job, ())
print(lock.acquire(timeout=10), result)
