print("basic_pkg/__init__ runs, __name__ =", __name__)
VERSION = "1.0"
