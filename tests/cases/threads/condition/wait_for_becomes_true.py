import threading

cond = threading.Condition()
box = []

def filler():
    for i in range(3):
        with cond:
            box.append(i)
            cond.notify_all()

with cond:
    t = threading.Thread(target=filler)
    t.start()
    ok = cond.wait_for(lambda: len(box) == 3, timeout=30)
print(ok, box)
t.join()
