# threading.local: each thread's values die when that thread ends; the main thread's values live
# until they are replaced.
import threading


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


local = threading.local()
local.value = N("main value")


def worker(tag):
    local.value = N(tag + " value")
    print(tag, "sees", local.value.name)


for tag in ("t1", "t2"):
    th = threading.Thread(target=worker, args=(tag,))
    th.start()
    th.join()
    print("joined", tag)
print("main sees", local.value.name)
local.value = N("main replaced")
print("end")
