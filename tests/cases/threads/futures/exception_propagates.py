from concurrent.futures import ThreadPoolExecutor

class CustomError(Exception):
    pass

def fail(x):
    raise CustomError("failed on %r" % x)

with ThreadPoolExecutor(1) as ex:
    f = ex.submit(fail, "input")
    err = f.exception()
    print(type(err).__name__, err, err.__traceback__ is not None)
    try:
        f.result()
    except CustomError as e:
        print("result raised the same object:", e is err)
    g = ex.submit(fail, 2)
    try:
        g.result()
    except Exception as e:
        print(type(e).__name__, e)
