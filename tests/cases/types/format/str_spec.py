s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^11", ".3", "10.3", ">10.2s", "0<8", "010", "=^9" if False else "-^9"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("éü", "^6")), repr(format("日本", ">5")), repr(format("x", ".0")))
