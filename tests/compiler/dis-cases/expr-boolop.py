a = b = c = 1
x = a and b
y = a or b or c
z = a and (b or c)
w = (a or b) and c
v = a if b else c
