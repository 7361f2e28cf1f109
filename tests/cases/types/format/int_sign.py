for n in [0, 7, -7]:
    print(f"[{n:+}] [{n:-}] [{n: }] [{n:+d}] [{n: 5}] [{n:+#x}] [{n: b}]")
print(format(True, "+"), format(False, " "), format(-0, "+"))
