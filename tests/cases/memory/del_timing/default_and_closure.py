# Objects held by default argument values and by closures die with the function.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f(x=N("default")):
    return x.name
print(f())
def make():
    captured = N("captured")
    def g():
        return captured.name
    return g
g = make()
print(g())
del f
print("f deleted")
del g
print("end")
