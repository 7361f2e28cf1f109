import threading

class Counter(threading.local):
    created = []

    def __init__(self, start):
        self.count = start
        Counter.created.append(threading.current_thread().name)

c = Counter(10)
c.count += 1
out = []

def job():
    c.count += 5
    out.append(c.count)

t = threading.Thread(target=job, name="worker")
t.start()
t.join()
print(c.count, out, sorted(Counter.created))
