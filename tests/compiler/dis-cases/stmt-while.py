i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 7:
        break
else:
    print("done")
while True:
    i -= 1
    if i < 0:
        break
