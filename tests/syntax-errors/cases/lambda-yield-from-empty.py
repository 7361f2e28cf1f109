f = lambda: (yield from)
