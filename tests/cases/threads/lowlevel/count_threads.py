import _thread
import threading

print(_thread._count())
go = threading.Event()
ready = threading.Semaphore(0)

def job():
    ready.release()
    go.wait()

ts = [threading.Thread(target=job) for _ in range(3)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print(_thread._count())
go.set()
for t in ts:
    t.join()
print(_thread._count())
