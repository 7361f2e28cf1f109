try:
    f()
finally:
    g()
try:
    f()
except E:
    pass
finally:
    g()
def r():
    try:
        return 1
    finally:
        print("x")
def loop():
    for i in range(3):
        try:
            if i:
                break
            continue
        finally:
            pass
