import sys
import threading
from _capture import run_captured

t = threading.Thread(name="not started")

def call():
    try:
        raise KeyError("direct")
    except KeyError:
        threading.excepthook(threading.ExceptHookArgs([*sys.exc_info(), t]))

run_captured(call)
run_captured(threading.excepthook, threading.ExceptHookArgs([SystemExit, SystemExit(3), None, t]))
print("done")
