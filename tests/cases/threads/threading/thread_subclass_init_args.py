import threading

class Worker(threading.Thread):
    count = 0

    def __init__(self, label, *, daemon=None):
        Worker.count += 1
        super().__init__(name="%s-%d" % (label, Worker.count), daemon=daemon)
        self.label = label

    def run(self):
        self.result = self.label.upper()

ws = [Worker("x"), Worker("y", daemon=True), Worker("z")]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.name, w.daemon, w.result) for w in ws])
