import threading
from _capture import run_captured

def bad_hook(args):
    raise TypeError("the hook failed on " + args.exc_type.__name__)

threading.excepthook = bad_hook

def fail():
    raise ValueError("original")

def run():
    t = threading.Thread(target=fail)
    t.start()
    t.join()

run_captured(run)
