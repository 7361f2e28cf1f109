import gc


class Leaf:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del leaf", self.name)


gc.collect()
holder = []
holder.append(holder)
holder.append(Leaf("hanging"))
del holder
print("leaf still alive")
print("collected", gc.collect())
print("end")
