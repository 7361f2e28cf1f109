def outer():
    def inner():
        return later

    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 5
    print(cell.cell_contents)
    return inner


print(outer()())
