if (n := len([1, 2])) > 1:
    print(n)
x = [y := 5, y ** 2]
