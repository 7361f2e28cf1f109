import threading

class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__(name="summer")
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)
        print(threading.current_thread().name, "is", self.name)

s = Summer(range(101))
s.start()
s.join()
print(s.total)
