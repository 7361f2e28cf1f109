import threading
from _capture import run_captured

def fail():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e

def fail_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise OSError("during handling")

def run(target):
    t = threading.Thread(target=target)
    t.start()
    t.join()

run_captured(run, fail)
run_captured(run, fail_context)
