import threading
import time

def worker():
    time.sleep(0.05)
    print("worker done despite the error in main")

threading.Thread(target=worker).start()
raise ValueError("main failed")
