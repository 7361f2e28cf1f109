for v in [0, 1234567, -1234567, 1.5, 1234567.891, 1e20, 1e-7]:
    print(format(v, "n"), format(v, "10n"), format(v, ".3n") if isinstance(v, float) else "-")
