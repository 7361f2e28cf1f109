# stdin: "héllo wörld\n\n  spaced  \n"
print(repr(input()))
print(repr(input()))
print(repr(input()))
