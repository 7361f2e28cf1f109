import sys as _sys

visible = "visible"
_private = "underscore names are skipped by *"


def func():
    return visible
