import traceback, sys
try:
    try:
        raise KeyError("first")
    except KeyError as e:
        raise RuntimeError("second") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("during handling")
except TypeError:
    traceback.print_exc(file=sys.stdout)
def f():
    return traceback.extract_stack()
for fs in f()[-2:]:
    print(fs.name, fs.lineno, fs.line)
tb_list = traceback.format_list([("file.py", 3, "func", "code here")])
print(tb_list)
