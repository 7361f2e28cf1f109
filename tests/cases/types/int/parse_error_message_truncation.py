for s in ["a" * 10, "a" * 199, "a" * 200, "a" * 201, "b" * 1000, "é" * 210]:
    try:
        int(s)
    except ValueError as e:
        msg = str(e)
        print(len(msg), msg[:60], msg[-10:])
