n = 3 ** 200
print(format(n, ","))
print(format(n, "_x"))
print(format(-n, ">100").strip()[:20], len(format(n, "200")))
print(format(n, "e"), format(n, ".3g"), format(2 ** 1023, ".5e"))
try:
    format(2 ** 1024, "e")
except OverflowError as e:
    print(e)
print(format(10 ** 30, "f"), format(10 ** 30, ".2%"))
