for x in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 255.0, 1 / 3]:
    print(x.hex())
for x in ["inf", "-inf", "nan"]:
    print(float(x).hex())
print(float.hex(2.5))
