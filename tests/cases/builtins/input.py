# stdin: first line
# stdin: second
print(repr(input()))
print(repr(input("prompt> ")))
try:
    input()
except EOFError as e:
    print("EOFError", repr(str(e)))
