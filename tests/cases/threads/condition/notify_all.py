import threading

cond = threading.Condition()
state = {"go": False, "waiting": 0}
woke = []

def waiter(i):
    with cond:
        state["waiting"] += 1
        cond.notify_all()
        while not state["go"]:
            cond.wait()
        woke.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: state["waiting"] == 4)
    state["go"] = True
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woke))
