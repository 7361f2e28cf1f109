import sys
import threading
from _capture import run_captured

def quit_thread():
    print("thread exiting")
    sys.exit(5)

def run():
    t = threading.Thread(target=quit_thread)
    t.start()
    t.join()

run_captured(run)
print("main still runs; stderr was empty above")
