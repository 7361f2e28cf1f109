import threading

go = threading.Event()
ready = threading.Semaphore(0)

def job():
    ready.release()
    go.wait()

threads = [threading.Thread(target=job, name="w%d" % i) for i in range(3)]
print(threading.active_count(), [t.name for t in threading.enumerate()])
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
go.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
