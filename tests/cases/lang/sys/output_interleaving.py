import sys

for i in range(3):
    print(f"out {i}")
    print(f"err {i}", file=sys.stderr)
sys.stderr.write("partial line on stderr")
sys.stderr.write(" completed\n")
print("last stdout line", end="")
