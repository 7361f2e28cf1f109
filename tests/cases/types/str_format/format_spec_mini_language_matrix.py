vals = [7, -7, 3.5, -0.25, "s"]
for spec in ["", "<6", ">6", "^6", "+", "06" , ".2"]:
    row = []
    for v in vals:
        try:
            row.append(repr(format(v, spec)))
        except ValueError as e:
            row.append("ValueError")
    print(repr(spec), " ".join(row))
