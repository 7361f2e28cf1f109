for x in [0.0, -0.0, 0.5, 0.1, -0.75, 1e20, 1e-20, 3.0, 5e-324, 1.7976931348623157e308]:
    n, d = x.as_integer_ratio()
    print(x, n if abs(n) < 10**25 else "bign", d if d < 10**25 else d.bit_length())
for x in ["inf", "-inf", "nan"]:
    try:
        float(x).as_integer_ratio()
    except Exception as e:
        print(type(e).__name__ + ":", e)
