import threading

class Repeater(threading.Timer):
    def run(self):
        count = 0
        while not self.finished.wait(self.interval):
            count += 1
            self.function(count)
            if count == 3:
                break

seen = []
r = Repeater(0.01, seen.append)
r.start()
r.join()
print(seen)
