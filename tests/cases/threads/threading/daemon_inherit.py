import threading

seen = {}

def child():
    seen["grandchild"] = threading.current_thread().daemon

def parent():
    seen["parent"] = threading.current_thread().daemon
    t = threading.Thread(target=child)
    seen["child before start"] = t.daemon
    t.start()
    t.join()

p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
q = threading.Thread(target=parent)
print("main daemon:", threading.main_thread().daemon)
print("default:", q.daemon)
for key in sorted(seen):
    print(key, seen[key])
