saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)


p = Phoenix("bird")
del p
print("saved", len(saved), saved[0].name)
saved.clear()
print("cleared again: __del__ does not run twice")
print("end")
