# Temporaries in comprehensions and generator expressions.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

names = [N(i).name for i in range(3)]
print(names)
kept = [N(i) for i in range(2)]
print("kept", len(kept))
total = sum(len(str(N(i).name)) for i in range(2))
print("total", total)
kept = None
print("end")
