print(format(True), format(True, ""), format(True, "d"), format(True, "5"), format(True, "^7"), format(True, "s") if False else "-")
print(format(None), format(None, ""))
for v, spec in [(True, "s"), (None, "s"), (None, "10")]:
    try:
        print(format(v, spec))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(format(True, "f"), format(True, "e"), format(True, ".1%"), format(True, "#x"))
