log = []


class Recorder:
    def __setitem__(self, k, v):
        log.append(("setitem", k, v))

    def __setattr__(self, k, v):
        log.append(("setattr", k, v))


r = Recorder()
r.a, r[1], r.b = "x", "y", "z"
print(log)
log.clear()
r[0] = r.c = "chained"
print(log)


def values():
    log.append("rhs evaluated")
    return 1, 2


log.clear()
r.first, r.second = values()
print(log)
