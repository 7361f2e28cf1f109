# In 3.11 an f-string expression part may not contain a backslash.
print("never printed")
name = "x"
print(f"{name}")
print(f"{'\n'.join(['a', 'b'])}")
