class Left:
    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented

    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented


class Right:
    def __gt__(self, other):
        print("Right.__gt__")
        return True

    def __eq__(self, other):
        print("Right.__eq__")
        return "right eq"


print(Left() < Right())
print(Left() == Right())
print(Left() == Left())
print(Left() != Left())
try:
    Left() < Left()
except TypeError as e:
    print(e)
