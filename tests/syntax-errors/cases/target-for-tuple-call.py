for x, f() in y:
    pass
