try:

    class Bad(int, str):
        pass

except TypeError as e:
    print(e)
try:

    class Bad2(list, dict):
        pass

except TypeError as e:
    print(e)


class Fine(int, object):
    pass


print([c.__name__ for c in Fine.__mro__])
try:

    class NotAType(3):
        pass

except TypeError as e:
    print(e)
try:

    class FromBool(bool):
        pass

except TypeError as e:
    print(e)
