import threading
from _capture import run_captured

def fail():
    raise PermissionError("daemon failed")

def run():
    t = threading.Thread(target=fail, daemon=True, name="bg")
    t.start()
    t.join()

run_captured(run)
