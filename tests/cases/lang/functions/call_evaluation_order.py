log = []


def note(tag, value=None):
    log.append(tag)
    return value


def target(*args, **kwargs):
    log.append("call")
    return len(args), sorted(kwargs)


note("func", target)(note("a", 1), *note("star", [2, 3]), k=note("k", 4), **note("kw", {"z": 5}))
print(log)
log.clear()
try:
    note("f", target)(note("x"), note("boom", 1)(), note("never"))
except TypeError as e:
    print(e)
print(log)
