import threading

stop = threading.Event()
ticks = [0]
started = threading.Event()

def loop():
    started.set()
    while not stop.is_set():
        ticks[0] += 1
        stop.wait(0.001)

t = threading.Thread(target=loop)
t.start()
started.wait()
stop.set()
t.join()
print("stopped", ticks[0] >= 1)
