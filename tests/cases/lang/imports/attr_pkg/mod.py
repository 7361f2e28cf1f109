"""Module docstring."""
constant = 1


def function():
    pass
