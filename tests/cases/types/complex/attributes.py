z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, (1j).conjugate(), (-0j).conjugate())
print(z.__getnewargs__(), complex.__name__, bool(0j), bool(-0j), bool(1e-300j), bool(complex(0, float("nan"))))
try:
    z.real = 1
except AttributeError as e:
    print(e)
for name in ["__int__", "__float__", "__floor__", "__round__"]:
    print(name, hasattr(z, name))
for f in [int, float, round]:
    try:
        f(z)
    except TypeError as e:
        print(e)
