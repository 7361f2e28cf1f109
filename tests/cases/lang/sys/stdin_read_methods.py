# stdin: "line one\nline two\nline three\n"
import sys

first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
