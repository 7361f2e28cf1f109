import threading

fired = []
t = threading.Timer(30, fired.append, args=["late"])
t.start()
t.cancel()
t.join()
print(fired, t.is_alive(), t.finished.is_set())
