import atexit


class Noisy:
    def __del__(self):
        print("Noisy.__del__")


keep = Noisy()


def bye():
    print("atexit sees", type(keep).__name__)


atexit.register(bye)
print("end")
