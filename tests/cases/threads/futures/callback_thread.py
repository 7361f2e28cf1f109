import threading
from concurrent.futures import ThreadPoolExecutor, Future

where = []
with ThreadPoolExecutor(1, thread_name_prefix="cb") as ex:
    gate = threading.Event()
    f = ex.submit(gate.wait)
    f.add_done_callback(lambda fut: where.append(threading.current_thread().name))
    gate.set()
print(where)
g = Future()
g.set_result(None)
g.add_done_callback(lambda fut: where.append(threading.current_thread().name))
print(where)
