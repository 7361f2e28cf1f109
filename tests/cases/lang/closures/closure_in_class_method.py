def make_class(tag):
    class Tagged:
        def tag(self):
            return tag

        def __repr__(self):
            return f"Tagged({tag!r})"

    return Tagged


A = make_class("a")
B = make_class("b")
print(A().tag(), B().tag(), A(), B())
print(A.tag.__code__.co_freevars)


def with_default():
    size = 3

    class Box:
        capacity = size

        def grow(self):
            return size * 2

    return Box


Box = with_default()
print(Box.capacity, Box().grow())
