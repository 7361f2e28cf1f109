import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
n = int("9" * 4300)
print(len(str(n)))
try:
    int("9" * 4301)
except ValueError as e:
    print(e)
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
print(len(hex(10 ** 5000)), int("f" * 5000, 16).bit_length())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
sys.set_int_max_str_digits(640)
try:
    repr(10 ** 640)
except ValueError as e:
    print(e)
print(len(repr(10 ** 639)))
