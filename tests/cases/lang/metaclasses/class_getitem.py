class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    object()[int]
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)


class WithGetitem:
    def __getitem__(self, i):
        return "instance getitem"

    def __class_getitem__(cls, i):
        return "class getitem"


print(WithGetitem[0], WithGetitem()[0])
