import threading

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(x=1)
except TypeError as e:
    print("TypeError:", e)

class WithArgs(threading.local):
    def __init__(self, x, y=0):
        self.total = x + y

print(WithArgs(1, y=2).total)
