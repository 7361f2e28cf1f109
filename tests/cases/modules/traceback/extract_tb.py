import traceback
def a():
    b()
def b():
    raise IndexError("deep")
try:
    a()
except IndexError as e:
    frames = traceback.extract_tb(e.__traceback__)
    for fr in frames:
        print(fr.name, fr.lineno, repr(fr.line), fr.filename.endswith("extract_tb.py"))
    print(len(traceback.format_tb(e.__traceback__)))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()))
