def nothing():
    pass


def stub():
    ...


class Empty:
    pass


class Doc:
    """Only a docstring."""


for _ in range(2):
    pass
if True:
    pass
else:
    ...
print(nothing(), stub(), Empty.__name__, Doc.__doc__)
print(..., Ellipsis is ..., type(...).__name__)
x = [1, 2, ...]
print(x)
