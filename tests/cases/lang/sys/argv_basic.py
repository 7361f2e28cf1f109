# argv: alpha beta --flag=1 "quoted"
import sys

print(len(sys.argv))
print(sys.argv[1:])
print(sys.argv[0].endswith("argv_basic.py"))
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
