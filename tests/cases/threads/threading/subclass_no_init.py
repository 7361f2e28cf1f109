import threading

class Broken(threading.Thread):
    def __init__(self):
        pass

b = Broken()
try:
    b.start()
except RuntimeError as e:
    print("start:", e)
try:
    b.join()
except RuntimeError as e:
    print("join:", e)
try:
    b.daemon = True
except RuntimeError as e:
    print("daemon:", e)
for attr in ("name", "ident", "daemon"):
    try:
        getattr(b, attr)
    except AssertionError as e:
        print(attr, "AssertionError:", e)
try:
    b.is_alive()
except AssertionError as e:
    print("is_alive AssertionError:", e)
