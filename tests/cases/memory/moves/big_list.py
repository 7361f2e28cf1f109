# Objects appended to a long list, then removed from its middle and from its end.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

big = list(range(500))
for i in range(3):
    big.append(N(f"n{i}"))
big.insert(100, N("middle"))
print("built", len(big))
del big[100]
print("middle removed")
big.pop()
print("last popped")
big[-1] = 0
print("replaced")
big = None
print("end")
