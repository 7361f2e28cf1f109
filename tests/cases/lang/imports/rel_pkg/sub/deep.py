from .. import helpers
from ..api import describe
from . import __name__ as sub_name


def where():
    return f"{__name__} in package {__package__}, sub is {sub_name}"


def sibling_value():
    return helpers.helper() + " / " + describe()
