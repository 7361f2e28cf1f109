print("basic_pkg.shapes runs")


def area(r):
    return 3 * r * r
