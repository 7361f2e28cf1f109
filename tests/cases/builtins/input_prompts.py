# stdin: "alpha\nbeta\r\ngamma"
a = input("A: ")
b = input(5)
c = input()
print()
print([a, b, c])
