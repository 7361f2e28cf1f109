import threading

cond = threading.Condition()
items = []
got = []

def consumer():
    with cond:
        cond.wait_for(lambda: items)
        got.append(items.pop())

t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append("payload")
    cond.notify()
t.join()
print(got, items)
