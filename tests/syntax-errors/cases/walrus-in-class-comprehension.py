class A:
    [(y := x) for x in range(3)]
