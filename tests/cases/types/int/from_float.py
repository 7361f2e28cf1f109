for x in [0.0, -0.0, 2.5, -2.5, 0.9999, -0.9999, 1e20, -1e20, 1.7976931348623157e308, 123456789.987]:
    print(x, int(x))
for x in ["inf", "-inf", "nan"]:
    try:
        int(float(x))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(int(True), int(False), int(-True))
