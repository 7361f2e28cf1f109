import sys
import threading
import time

def worker():
    time.sleep(0.05)
    print("worker done")

threading.Thread(target=worker).start()
print("main calls sys.exit(3)")
sys.exit(3)
