import threading
from _capture import run_captured

print(threading.__excepthook__ is threading.excepthook)
threading.excepthook = lambda args: print("custom:", args.exc_value)

def fail():
    raise RuntimeError("first")

def run(target):
    t = threading.Thread(target=target, name="T")
    t.start()
    t.join()

run(fail)
threading.excepthook = threading.__excepthook__
run_captured(run, fail)
