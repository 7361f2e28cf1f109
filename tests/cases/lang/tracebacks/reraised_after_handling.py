def risky():
    return int("not a number")


try:
    risky()
except ValueError as e:
    print("logging:", e)
    raise
