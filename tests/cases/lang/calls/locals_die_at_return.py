# A local dies when its function returns, before the caller's next instruction, also when the
# function is called many times in a row.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make(name, keep):
    obj = Noisy(name)
    other = 1
    return obj if keep else other

def run():
    for i in range(4):
        print("call", i)
        r = make(f"n{i}", i % 2)
        print("returned", type(r).__name__)
    print("loop done")

run()

def recurse(n):
    tmp = Noisy(f"r{n}")
    if n > 0:
        recurse(n - 1)
    print("leaving", n)

recurse(3)
print("end")
