class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(exc_type is type(exc), tb is exc.__traceback__, type(tb).__name__)
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
        return True


def f():
    with Inspect():
        x = 1
        raise KeyError(x)


f()
print("done")
