for x in [-0.0, 0.0, -0.001, -0.004, -0.005, -0.006, -1e-10, 0.001, -1.5]:
    print(f"{x:.2f}", f"{x:z.2f}", f"{x:z.0f}", f"{x:+z.1f}", f"{x: z.1e}", f"{x:z.3g}", f"{x:z.1%}", f"{x:z}")
print(f"{-0.0:z}", format(-0.00001, "z.2f"), format(-0.0 + 0j, "z.1f") if False else format(complex(-0.0, -0.001), "z.1f"))
try:
    format(5, "z")
except ValueError as e:
    print(e)
try:
    format("s", "z")
except ValueError as e:
    print(e)
