import threading

try:
    threading.Thread(group="g", target=print)
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.Thread(None, print, "n", (1,), {}, True)
except TypeError as e:
    print("TypeError:", e)
t = threading.Thread(None, print, "named", ("positional",))
t.start()
t.join()
print(t.name)
