existing = "normal attribute"


def __getattr__(name):
    if name == "forbidden":
        raise AttributeError(f"module {__name__!r} refuses {name!r}")
    return f"<lazily made {name}>"


def __dir__():
    return ["existing", "virtual"]
