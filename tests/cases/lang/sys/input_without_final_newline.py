# stdin: "no newline at end"
line = input()
print(repr(line), len(line))
try:
    input()
except EOFError:
    print("then EOF")
