for spec in ["", "5", "<5", "^7", "+", " ", "05", ",", "_", "e", "f", "g", "%", ".2e", ".3g", "#"]:
    row = []
    for v in [1234, 1234.0, -1.5, 0]:
        try:
            row.append(repr(format(v, spec)))
        except ValueError:
            row.append("ValueError")
    print(repr(spec), " ".join(row))
