"""Closures: a function together with the variables of the scope it was defined in.

The study notes show the JavaScript pitfall of functions created in a loop that all see the
loop variable's last value. Python closures capture variables, not values, so the same pitfall
exists here ("late binding"); a default argument, or a factory function, captures the value.
"""


def make_handlers_late():
    handlers = {}
    for name in ["click", "keypress"]:
        handlers["on" + name] = lambda: "thanks for your " + name
    return handlers


def make_handlers_default():
    handlers = {}
    for name in ["click", "keypress"]:
        handlers["on" + name] = lambda name=name: "thanks for your " + name
    return handlers


def make_handlers_factory():
    def handler_for(name):
        def handler():
            return "thanks for your " + name

        return handler

    return {"on" + name: handler_for(name) for name in ["click", "keypress"]}


def counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


print("late binding:")
for key, handler in make_handlers_late().items():
    print(" ", key, "->", handler())

print("default argument captures the value:")
for key, handler in make_handlers_default().items():
    print(" ", key, "->", handler())

print("a factory gives each closure its own cell:")
for key, handler in make_handlers_factory().items():
    print(" ", key, "->", handler(), "| free variables:", handler.__code__.co_freevars)

tick = counter()
tick()
tick()
print("counter after two calls:", tick())
print("the cell holds:", tick.__closure__[0].cell_contents)
