def f():
    try:
        try:
            a()
        except A as e:
            return e
    except B:
        b()
    finally:
        c()
