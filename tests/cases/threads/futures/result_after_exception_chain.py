from concurrent.futures import ThreadPoolExecutor

def fail():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e

with ThreadPoolExecutor(1) as ex:
    f = ex.submit(fail)
    e = f.exception()
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
    try:
        f.result()
    except RuntimeError as caught:
        print(caught is e, caught.__cause__ is e.__cause__)
