def f():
    """Docstring
    never ends

    x = 1
