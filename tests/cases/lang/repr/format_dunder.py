class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print("spec:", repr(spec))
        if spec == "":
            return str(self)
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"${self.cents / 100:.2f}"


m = Money(12345)
print(f"{m}")
print(f"{m:cents}")
print(format(m, ">10.1f"))
print("{:,.3f}".format(m))
print("{0} {0:cents}".format(m))
width = 12
print(f"{m:>{width}.2f}|")
