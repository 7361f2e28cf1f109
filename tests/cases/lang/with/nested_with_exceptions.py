log = []


class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        log.append("enter " + self.name)

    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} {t.__name__ if t else None}")
        return self.swallow


with CM("outer", swallow=True):
    with CM("inner"):
        raise ValueError
    log.append("unreachable")
print(log)
log.clear()
with CM("outer"):
    with CM("inner", swallow=True):
        raise ValueError
    log.append("after inner")
print(log)
