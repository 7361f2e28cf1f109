def f(a, b, c):
    while a < b < c:
        a += 1
    while not a:
        pass
    while a and (b or c):
        b -= 1
    while (x := f()) is not None:
        print(x)
    while __debug__:
        break
    if __debug__:
        print("debug")
    y = 1 if True else 2
    if "":
        print("no")
    while 1:
        if a:
            return
