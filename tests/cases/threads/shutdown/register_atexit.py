import threading

go = threading.Event()

def worker():
    go.wait()
    print("worker released by the threading atexit call")

threading.Thread(target=worker).start()
threading._register_atexit(lambda: print("threading atexit 1"))
threading._register_atexit(go.set)
threading._register_atexit(print, "threading atexit", "with args", sep="+")
print("main ends")
