for fmt_value, spec in ((1.5, "d"), ("s", ".2f"), (5, "z")):
    try:
        print(f"{fmt_value:{spec}}")
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print(e)
try:
    print(f"{1 / 0}")
except ZeroDivisionError as e:
    print(e)
print(f"{None!r} {None!s:>6}|")
