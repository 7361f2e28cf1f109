import threading
from _capture import run_captured

def fail():
    e = ValueError("with a note")
    e.add_note("note one")
    e.add_note("note two")
    raise e

def fail_group():
    raise ExceptionGroup("several", [KeyError("k"), TypeError("t")])

def run(target):
    t = threading.Thread(target=target, name="noted")
    t.start()
    t.join()

run_captured(run, fail)
run_captured(run, fail_group)
