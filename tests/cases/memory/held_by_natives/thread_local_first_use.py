# A census that runs in a thread that has not yet touched a threading.local must not give the
# thread an empty dict: the subclass's __init__ still runs there on first use.
import threading


class Temp:
    def __del__(self):
        print("Temp dies in", threading.current_thread().name)


class Named(threading.local):
    def __init__(self, tag):
        self.name = tag + ":" + threading.current_thread().name


loc = Named("init")
print(loc.name)


def job():
    Temp()
    print(loc.name)


t = threading.Thread(target=job, name="worker")
t.start()
t.join()
print(loc.name)
