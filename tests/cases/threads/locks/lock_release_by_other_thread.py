import threading

lock = threading.Lock()
lock.acquire()

def releaser():
    lock.release()
    print("released by", threading.current_thread().name)

t = threading.Thread(target=releaser, name="other")
t.start()
t.join()
print(lock.locked())
print(lock.acquire(False))
