import threading

forever = threading.Lock()
forever.acquire()

def stuck():
    forever.acquire()
    print("never printed")

threading.Thread(target=stuck, daemon=True).start()
print("main exits while a daemon thread waits")
