log = []


class Box:
    def __init__(self):
        self.items = {"k": 1}

    def __getitem__(self, key):
        log.append(f"get {key}")
        return self.items[key]

    def __setitem__(self, key, value):
        log.append(f"set {key}={value}")
        self.items[key] = value


def box():
    log.append("box()")
    return b


def key():
    log.append("key()")
    return "k"


b = Box()
box()[key()] += 5
print(log)
