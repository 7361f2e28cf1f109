def f():
    try:
        a()
    except (A, B) as e:
        del e
    except C as e:
        return e
    else:
        return 1
    finally:
        cleanup()
def g():
    for x in y:
        try:
            pass
        except:
            break
        else:
            continue
def h():
    try:
        raise X
    except* A:
        pass
    except* (B, C) as eg:
        print(eg)
def k():
    with a:
        try:
            return 1
        except E:
            return 2
