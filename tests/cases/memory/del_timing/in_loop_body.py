# A loop variable holding an object: each iteration's rebinding frees the previous value.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

for i in range(3):
    x = N(i)
    print("iteration", i)
print("after loop, x is", x.name)
del x
items = [N("p"), N("q")]
for it in items:
    pass
items = None
print("items dropped, it still", it.name)
it = None
print("end")
