def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case [("take" | "get"), obj] | ["pick", "up", obj]:
            return f"taking {obj}"
        case _:
            return "unknown"


for c in ("go north", "go up", "q", "take lamp", "pick up sword", "get"):
    print(repr(c), "->", classify(c))
