def f():
    try:
        raise KeyError("context")
    except KeyError:
        try:
            raise ValueError("cause")
        except ValueError as cause:
            raise TypeError("final") from cause


f()
