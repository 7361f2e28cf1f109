def source():
    raise ValueError("from source")


def middle():
    try:
        source()
    except ValueError as e:
        raise e


def names(tb):
    out = []
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


try:
    middle()
except ValueError as e:
    print(names(e.__traceback__))
try:
    try:
        source()
    except ValueError:
        raise
except ValueError as e:
    print(names(e.__traceback__))
