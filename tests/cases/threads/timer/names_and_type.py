import re
import threading

t1 = threading.Timer(1, print)
t2 = threading.Timer(1, print)
print(t1.name, t2.name)
print(isinstance(t1, threading.Thread), type(t1).__name__)
print(re.sub(r" [0-9]+\)", ")", repr(t1)))
t1.cancel()
t1.start()
t1.join()
print(re.sub(r" [0-9]+\)", ")", repr(t1)))
