import sys
for v in [1, 639, -1, 10**30]:
    try:
        sys.set_int_max_str_digits(v)
        print("ok", v)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    sys.set_int_max_str_digits("5000")
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(4300)
try:
    f"{10**5000}"
except ValueError as e:
    print(e)
try:
    "%d" % (10 ** 5000)
except ValueError as e:
    print(e)
try:
    int("1" * 5000, 10)
except ValueError as e:
    print(e)
print(int("1" * 5000, 2).bit_length(), int("1" * 5000, 32).bit_length())
