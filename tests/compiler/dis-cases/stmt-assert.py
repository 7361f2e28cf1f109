x = 1
assert x
assert x, "message"
assert x > 0, f"bad {x}"
