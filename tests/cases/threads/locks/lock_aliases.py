import _thread

lock = _thread.allocate_lock()
print(lock.acquire_lock())
print(lock.locked_lock())
lock.release_lock()
print(lock.locked_lock())
print(type(lock).__name__)
