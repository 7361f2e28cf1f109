import traceback
def inner():
    raise ValueError("bad value")
def outer():
    inner()
try:
    outer()
except ValueError:
    text = traceback.format_exc()
print(text)
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e)[-1], end="")
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc()
print(traceback.format_exc())
