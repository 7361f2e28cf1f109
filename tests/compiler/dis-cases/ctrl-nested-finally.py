def f(x):
    for i in x:
        try:
            try:
                if i:
                    return i
                if i > 1:
                    continue
                break
            finally:
                print("inner")
        finally:
            print("outer")
    return None
def g():
    try:
        pass
    finally:
        return 5
def h():
    while x:
        try:
            return 1
        except E:
            continue
        finally:
            break
