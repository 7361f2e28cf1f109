# DEBUG_STATS writes CPython's lines to sys.stderr; numbers that depend on the interpreter's
# start-up (older generations) and the elapsed time are masked.
import gc
import io
import re
import sys

class Cycle:
    def __init__(self):
        self.me = self

buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
gc.collect()
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
for i in range(5):
    Cycle()
gc.collect(0)
gc.set_debug(0)
sys.stderr = old
for line in buf.getvalue().splitlines():
    line = re.sub(r"\d+\.\d{4}s elapsed", "T.TTTTs elapsed", line)
    if line.startswith("gc: objects in each generation:"):
        line = re.sub(r" \d+ \d+$", " N N", line)
    if line.startswith("gc: objects in permanent generation:"):
        line = re.sub(r"\d+$", "N", line)
    print(line)
print(gc.get_debug())
