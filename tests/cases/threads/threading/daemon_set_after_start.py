import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
t.daemon = True
t.daemon = False
print(t.daemon)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
go.set()
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.main_thread().daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
