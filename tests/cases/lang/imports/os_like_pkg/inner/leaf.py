NAME = "leaf module"


def helper():
    return "helper"
