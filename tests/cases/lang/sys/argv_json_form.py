# argv: ["with space", "", "-x", "ünïcode"]
import sys

print(sys.argv[1:])
print([len(a) for a in sys.argv[1:]])
print(sys.argv[0])
