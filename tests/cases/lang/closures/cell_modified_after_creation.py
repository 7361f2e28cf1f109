def outer():
    x = 1

    def show():
        return x

    x = 2
    first = show()
    x = 3
    return first, show()


print(outer())


def accumulate():
    items = []

    def add(v):
        items.append(v)
        return len(items)

    return add, items


add, items = accumulate()
add("a")
add("b")
print(items, add.__closure__[0].cell_contents is items)
