import sys

print("partial output", end="")
sys.stdout.write(" and more")
print()
print("line before error")
raise KeyboardInterrupt if False else LookupError("after output")
