def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i


print(find([3, 5, 7], 5))
print(find([3, 5, 7], 4))
print(find([], 1))
for x in range(3):
    for y in range(3):
        if y == 1:
            break
    else:
        print("inner else never runs")
    print("outer", x, y)
