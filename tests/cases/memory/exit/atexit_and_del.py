# atexit handlers run before module globals are torn down.
import atexit

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

keep = N("global")
atexit.register(print, "atexit handler, keep is", keep.name)
def handler():
    print("second handler sees", keep.name)
atexit.register(handler)
print("end of program")
