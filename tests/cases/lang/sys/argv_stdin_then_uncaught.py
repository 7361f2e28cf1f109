# argv: one two
# stdin: "abc\n"
import sys
print("hello", sys.argv[1:])
print(sys.argv[0])
print(input("prompt> "))
x = 1 / 0
