for obj in [1, "s", [], {}, (), set(), None, 1.5, b"", range(1)]:
    names = [n for n in dir(obj) if not n.startswith("_")]
    print(type(obj).__name__, len(names), names[:6])
