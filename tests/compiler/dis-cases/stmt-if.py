x = 1
if x:
    y = 1
elif x > 2:
    y = 2
else:
    y = 3
if x and y:
    pass
if not x:
    pass
if x or y:
    z = 1
