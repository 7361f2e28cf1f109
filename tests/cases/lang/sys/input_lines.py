# stdin: "first line\nsecond line\n"
a = input()
b = input("prompt: ")
print(repr(a), repr(b))
try:
    input("at eof> ")
except EOFError as e:
    print("EOFError", repr(str(e)))
