def fail(msg):
    raise RuntimeError(msg)


def helper():
    values = [1, 2, 3]
    return len(values) + fail("inside a call in an expression")


helper()
