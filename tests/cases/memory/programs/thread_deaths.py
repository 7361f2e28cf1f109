# Objects made and dropped in threads: locals die when the thread's function returns, results
# handed back through a list live on until the main thread drops them.
import threading


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "in", threading.current_thread().name)


results = []


def work(tag):
    local = N(tag + "-local")
    results.append(N(tag + "-result"))
    del local
    temp = N(tag + "-returning")
    return None


for tag in ("a", "b"):
    t = threading.Thread(target=work, args=(tag,), name="worker-" + tag)
    t.start()
    t.join()
    print("joined", tag)
print([r.name for r in results])
results.clear()
print("cleared results")


def hold(box):
    box.append(N("passed-in"))


box = []
t = threading.Thread(target=hold, args=(box,), name="holder")
t.start()
t.join()
del t
print("thread dropped")
box.pop()
print("end")
