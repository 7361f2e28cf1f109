print("reading from empty stdin")
value = input("> ")
print("never", value)
