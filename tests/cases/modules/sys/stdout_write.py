import sys
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""), sys.stdout.writable(), sys.stdin.readable())
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
sys.stderr.write("err line\n")
print(sys.stdout.isatty(), sys.stdout.name, sys.stderr.name, sys.stdin.name)
old = sys.stdout
class Cap:
    def __init__(self):
        self.buf = []
    def write(self, s):
        self.buf.append(s)
        return len(s)
    def flush(self):
        pass
cap = Cap()
sys.stdout = cap
print("captured", 1)
sys.stdout = old
print(cap.buf, sys.stdout is sys.__stdout__)
