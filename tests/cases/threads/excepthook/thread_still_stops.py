import threading

threading.excepthook = lambda args: None

def fail():
    raise ValueError

t = threading.Thread(target=fail)
t.start()
t.join()
print(t.is_alive(), threading.active_count())
