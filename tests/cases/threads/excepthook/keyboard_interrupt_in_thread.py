import threading

got = []
threading.excepthook = lambda args: got.append(args.exc_type.__name__)

def interrupt():
    raise KeyboardInterrupt

def base():
    raise BaseException("base")

for target in (interrupt, base):
    t = threading.Thread(target=target)
    t.start()
    t.join()
print(got)
