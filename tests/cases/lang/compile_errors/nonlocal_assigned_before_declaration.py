print("never printed")
x = 0
nonlocal x
