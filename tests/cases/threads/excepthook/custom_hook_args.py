import threading
import traceback

def hook(args):
    print("type:", args.exc_type.__name__)
    print("value:", repr(args.exc_value))
    print("thread:", args.thread.name)
    print("tb frames:", [f.name for f in traceback.extract_tb(args.exc_traceback)][-2:])
    print("is ExceptHookArgs:", type(args) is threading.ExceptHookArgs)
    print("tuple:", len(args), args[0] is args.exc_type, args[3] is args.thread)

threading.excepthook = hook

def inner():
    raise LookupError("where")

def outer():
    inner()

t = threading.Thread(target=outer, name="failing")
t.start()
t.join()
