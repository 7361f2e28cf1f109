import threading

r = threading.RLock()
cond = threading.Condition(r)
flag = []

def setter():
    with cond:
        flag.append(r._is_owned())
        cond.notify()

with cond:
    with cond:
        print("depth before:", r._recursion_count())
        t = threading.Thread(target=setter)
        t.start()
        cond.wait_for(lambda: flag)
        print("depth after:", r._recursion_count())
t.join()
print(flag, r._recursion_count())
