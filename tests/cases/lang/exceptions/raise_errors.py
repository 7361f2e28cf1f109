for bad in (5, "string", None, object, int):
    try:
        raise bad
    except TypeError as e:
        print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(e)
