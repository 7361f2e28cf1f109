import threading

A = threading.ExceptHookArgs
a = A((ValueError, ValueError("v"), None, None))
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread)
print(len(a), tuple(a)[0].__name__)
try:
    A((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
try:
    threading.excepthook(1)
except TypeError as e:
    print("TypeError:", e)
print(A.__name__)
