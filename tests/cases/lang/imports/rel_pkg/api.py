from . import helpers
from .helpers import helper as h
from . import TOP


def describe():
    return f"{__name__}: {h()} | {helpers.__name__} | {TOP}"
