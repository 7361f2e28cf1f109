total = 10


def bad():
    total += 1
    return total


def good():
    global total
    total += 1
    return total


try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, "-", e)
print(good())
items = [1]


def mutate():
    items.append(2)
    items[0] = 0
    return items


print(mutate())
