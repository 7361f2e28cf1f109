import threading
from concurrent.futures import ThreadPoolExecutor

state = threading.local()
inits = []
lock = threading.Lock()

def init(tag):
    state.tag = tag
    with lock:
        inits.append(tag)

def read(_):
    return state.tag

with ThreadPoolExecutor(2, initializer=init, initargs=("ready",)) as ex:
    print(set(ex.map(read, range(10))))
print(len(inits) in (1, 2), set(inits))
