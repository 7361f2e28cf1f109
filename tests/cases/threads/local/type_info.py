import threading
import _thread

print(threading.local is _thread._local)
print(type(threading.local()).__name__)
print(isinstance(threading.local(), _thread._local))

class Sub(threading.local):
    pass

print(Sub.__mro__)
