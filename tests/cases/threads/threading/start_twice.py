import threading

t = threading.Thread(target=print, args=("once",))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
