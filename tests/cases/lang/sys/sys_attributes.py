import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.maxsize, sys.byteorder in ("little", "big"))
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.implementation.name in ("cpython", "pyglass"))
print(type(sys.flags).__name__ == "flags", sys.flags.optimize)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2**61 - 1)
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""))
print(callable(sys.exit), sys.exc_info() == (None, None, None))
