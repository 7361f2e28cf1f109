def f(n):
    return [i + n for i in range(n)]
def g():
    return [(y := x) for x in range(3)], y
class C:
    a = [1]
    b = [x for x in a]
