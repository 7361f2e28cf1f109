import threading

fired = []
timer = threading.Timer(30, fired.append, ["fired"])

def canceller():
    timer.cancel()

timer.start()
c = threading.Thread(target=canceller)
c.start()
c.join()
timer.join()
print(fired)
