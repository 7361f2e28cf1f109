def power(exp):
    def apply(base):
        return base**exp

    return apply


square = power(2)
cube = power(3)
print(square(4), cube(2), power(0.5)(16))
print(square.__code__.co_freevars)


def greet(greeting):
    def to(name, punct="!"):
        return f"{greeting}, {name}{punct}"

    return to


hello = greet("Hello")
print(hello("Ada"), hello("Bob", "?"))
