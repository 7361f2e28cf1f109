def f():
    try:
        try:
            g()
        except* ValueError as e:
            raise TypeError from e
    except* TypeError as t:
        print(t)
    else:
        print("else")
def g():
    for x in y:
        try:
            pass
        except* E:
            pass
