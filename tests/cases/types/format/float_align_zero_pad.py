x = -3.25
for spec in ["10", "<10", ">10", "^10", "=10", "010", "+010.2f", "0<10", "x^12.1f", " 09.3f", "010.2e", "=+12,.2f", "012,.2f", "#010.0f"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
