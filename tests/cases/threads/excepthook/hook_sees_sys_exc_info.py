import sys
import threading

def hook(args):
    info = sys.exc_info()
    print("exc_info type inside hook:", info[0].__name__ if info[0] else None)
    print("same value:", info[1] is args.exc_value)

threading.excepthook = hook

def fail():
    raise NameError("x")

t = threading.Thread(target=fail)
t.start()
t.join()
