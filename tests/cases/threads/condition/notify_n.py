import threading

cond = threading.Condition()
waiting = [0]
woken = []

def waiter(i):
    with cond:
        waiting[0] += 1
        cond.notify_all()
        cond.wait()
        woken.append(i)
        cond.notify_all()

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: waiting[0] == 3)
with cond:
    cond.notify(2)
    cond.wait_for(lambda: len(woken) == 2)
print(len(woken))
with cond:
    cond.notify(5)
for t in ts:
    t.join()
print(sorted(woken))
with cond:
    cond.notify(0)
    cond.notify(-1)
print("ok")
