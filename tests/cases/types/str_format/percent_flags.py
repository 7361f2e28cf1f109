for spec in ["%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+5d|", "%#o", "%#x", "%#X", "%#5x", "%#05x", "%-#6x|", "% 05d"]:
    print(repr(spec), repr(spec % 42), repr(spec % -42))
for spec in ["%.2f", "%8.3f", "%-8.1f|", "%08.2f", "%+.1e", "%#.0f", "%#g", "%.0e", "%10.4g", "%#.3g", "% f"]:
    print(repr(spec), repr(spec % 3.14159), repr(spec % -0.0))
