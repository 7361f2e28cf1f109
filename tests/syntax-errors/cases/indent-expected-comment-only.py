if x:
    # nothing here
print(1)
