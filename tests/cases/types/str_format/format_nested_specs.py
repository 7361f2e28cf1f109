for width in [5, 8]:
    for prec in [1, 3]:
        print("[{:{w}.{p}f}]".format(3.14159, w=width, p=prec), "[{0:{1}.{2}}]".format("abcdef", width, prec))
print("{:{fill}{align}{w}}".format("x", fill="*", align="^", w=7), "{:{}}".format("a", ">3"), "{0:{1}{2}}".format(5, "0", 4))
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(e)
print("{0:{a}}".format(255, a="#x"), "{:{}>{}}".format("x", "-", 4))
