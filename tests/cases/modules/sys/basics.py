import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), type(sys.version_info).__name__, sys.implementation.name == sys.implementation.name)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.getrecursionlimit(), sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(sys.argv[0].endswith("basics.py"), len(sys.argv), type(sys.path).__name__, "sys" in sys.modules, sys.modules["sys"] is sys, sys.getdefaultencoding())
print(sys.flags.optimize, sys.flags.hash_randomization, sys.stdout.encoding, sys.stderr.encoding)
print(callable(sys.exit), sys.exc_info(), sys.float_info.dig, sys.getswitchinterval())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
