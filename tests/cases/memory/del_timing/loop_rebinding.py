class Noisy:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)


for i in range(3):
    x = Noisy(i)
    print("made", i)
print("loop done")
del x
for n in [Noisy(10), Noisy(11)]:
    print("iterating", n.i)
print("end")
