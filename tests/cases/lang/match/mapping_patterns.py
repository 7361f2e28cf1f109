def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"


print(handle({"type": "click", "pos": (1, 2), "extra": True}))
print(handle({"type": "key", "key": "a", "mod": "ctrl"}))
print(handle({"type": "scroll"}))
print(handle({"other": 1}))
print(handle([("type", "click")]))
