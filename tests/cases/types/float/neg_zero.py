z = -0.0
print(z, repr(z), str(z), f"{z}", f"{z:.2f}", f"{z:e}", f"{z:g}", "%r %s %f" % (z, z, z))
print(z == 0, z < 0, round(z), round(z, 2), int(z), abs(z), -z, z + 0, z * 0, 0.0 * -5)
print(divmod(-0.0, 1.0), -0.0 % 1.0, -0.0 // 1.0, (-1e-300) * 1e-300)
print(hash(z), z.hex(), z.as_integer_ratio(), z.is_integer(), str(-0.0 * 1e300))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), sorted([0.0, -0.0, -0.0, 0.0]))
