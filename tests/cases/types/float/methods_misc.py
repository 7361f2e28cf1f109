x = -2.75
print(x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1), x.__abs__(), x.__neg__())
print(x.real, x.imag, x.conjugate(), type(x.imag).__name__)
print((3.0).__int__(), (3.9).__int__(), (-3.9).__int__(), (2.5).__float__())
print(float.__getformat__("double"), float.__getformat__("float"))
print((0.1).__repr__(), (1.5).__str__(), (1.5).__format__(".3f"), (1.5).__bool__() if hasattr(1.5, "__bool__") else "nobool")
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(1e-300))
for bad in ["x", "int"]:
    try:
        float.__getformat__(bad)
    except ValueError as e:
        print(e)
