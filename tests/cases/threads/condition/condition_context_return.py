import threading

cond = threading.Condition()
with cond as value:
    print(value)
cond2 = threading.Condition(threading.Lock())
with cond2 as value:
    print(value)
print(cond.__exit__(None, None, None) if cond.acquire() else None)
