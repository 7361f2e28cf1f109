# Built-in callables that fail where nothing can catch it: as a thread's function (no Python
# frame in that thread: no traceback), as a gc callback (the traceback is the frame that called
# gc.collect()), as an atexit callback (run after the program, with no frame: no traceback).
import _thread
import atexit
import gc
import time

atexit.register(int, "x")
_thread.start_new_thread(int, ("y",))
time.sleep(0.05)
gc.callbacks.append(len)
gc.collect()
gc.callbacks.clear()
print("end")
