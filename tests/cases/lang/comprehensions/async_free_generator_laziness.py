log = []


def source():
    for i in range(3):
        log.append(f"produce {i}")
        yield i


g = (log.append(f"consume {v}") or v for v in source())
log.append("created")
for v in g:
    log.append(f"got {v}")
print(log)
squares = map(lambda v: v * v, source())
print(list(zip(squares, "ab")))
