import sys

print(sys.argv[1:], len(sys.argv))
print(type(sys.argv).__name__)
sys.argv.append("mutable")
print(sys.argv[1:])
