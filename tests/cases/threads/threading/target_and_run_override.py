import threading

class Loud(threading.Thread):
    def run(self):
        print("before target")
        super().run()
        print("after target")
        print(hasattr(self, "_target"))

t = Loud(target=print, args=("target says hi",))
t.start()
t.join()
