import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="-", end="!\n")
print()
print(end="")
print("x", end="")
print("y", sep="IGNORED")
print(1, 2.5, None, [1], sep=" | ")
print("to stderr", file=sys.stderr)
print("flush", flush=True)
print(*range(5))
print(*[], sep="x")
print("a", "b", sep=None, end=None)
for f in [lambda: print(sep=5), lambda: print(end=[]), lambda: print(file=5, end=""), lambda: print(bad=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("to", "custom", sep="_", file=w)
print(w.parts)
print(None, file=None)
