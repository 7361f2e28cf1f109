import threading

data = threading.local()
data.a = 1
data.b = 2
print(sorted(data.__dict__.items()))
inner = []

def job():
    inner.append(dict(data.__dict__))
    data.c = 3
    inner.append(sorted(data.__dict__))

t = threading.Thread(target=job)
t.start()
t.join()
print(inner, sorted(data.__dict__))
