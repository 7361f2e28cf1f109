import threading
from _capture import run_captured

class Job(threading.Thread):
    def run(self):
        self.step()

    def step(self):
        raise ArithmeticError("in subclass")

def run():
    j = Job(name="job")
    j.start()
    j.join()

run_captured(run)
