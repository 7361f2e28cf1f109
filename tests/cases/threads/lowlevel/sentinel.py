import _thread

lock = _thread._set_sentinel()
print(type(lock).__name__, lock.locked())
print(lock.acquire(False), lock.locked())
lock.release()
