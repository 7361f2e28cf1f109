def setter():
    globals()["created_later"] = 99
setter()
print(created_later)
def uses_global():
    return counter
counter = 1
print(uses_global())
g = globals()
g["counter"] += 1
print(counter, uses_global())
del g["counter"]
try:
    uses_global()
except NameError as e:
    print(e)
