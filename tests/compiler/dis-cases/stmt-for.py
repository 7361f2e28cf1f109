for i in range(3):
    print(i)
for i, j in [(1, 2)]:
    pass
for x in [1, 2, 3]:
    if x:
        continue
    break
else:
    pass
for k in {1, 2}:
    pass
