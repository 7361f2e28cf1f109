import threading
from concurrent.futures import ThreadPoolExecutor

def name(_):
    return threading.current_thread().name

with ThreadPoolExecutor(3, thread_name_prefix="pool") as ex:
    names = set(ex.map(name, range(30)))
print(names <= {"pool_0", "pool_1", "pool_2"}, "pool_0" in names)
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(name, 0).result())
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(name, 0).result())
