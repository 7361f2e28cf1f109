import re
from concurrent.futures import Future
from _capture import run_captured

def bad_callback(fut):
    raise ValueError("callback failed")

def run():
    f = Future()
    f.add_done_callback(bad_callback)
    f.add_done_callback(lambda fut: print("second callback still runs"))
    f.set_result(1)

import io, sys
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    run()
finally:
    sys.stderr = saved
text = re.sub(r"0x[0-9a-f]+", "ADDR", buf.getvalue())
lines = text.splitlines()
print(lines[0])
print(lines[-1])
