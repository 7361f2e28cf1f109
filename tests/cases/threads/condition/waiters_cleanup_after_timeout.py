import threading

cond = threading.Condition()
with cond:
    for _ in range(3):
        cond.wait(0.01)
    print(len(cond._waiters))
    cond.notify()
print("ok")
