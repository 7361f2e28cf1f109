def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}")


load("b")
