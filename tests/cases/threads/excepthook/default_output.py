import threading
from _capture import run_captured

def fail():
    value = {"a": 1}
    return value["missing"]

def start_and_join():
    t = threading.Thread(target=fail)
    t.start()
    t.join()

run_captured(start_and_join)
print("main continues")
