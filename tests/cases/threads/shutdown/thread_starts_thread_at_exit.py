import threading
import time

def second():
    time.sleep(0.02)
    print("second")

def first():
    time.sleep(0.02)
    t = threading.Thread(target=second)
    t.start()
    print("first")

threading.Thread(target=first).start()
print("main")
