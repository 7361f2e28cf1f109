import traceback, sys
def level3():
    return {}["missing"]
def level2():
    return level3()
try:
    level2()
except KeyError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, limit=1, file=sys.stdout)
    print(traceback.format_exception(e, chain=False)[0], end="")
try:
    raise RuntimeError("no tb")
except RuntimeError as e:
    e.__traceback__ = None
    print(traceback.format_exception(e))
