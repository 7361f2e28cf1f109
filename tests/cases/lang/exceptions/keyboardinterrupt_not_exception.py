def f(exc):
    try:
        raise exc
    except Exception:
        return "caught by except Exception"
    except BaseException:
        return "needs BaseException"


for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    print(exc.__name__, f(exc))
try:
    raise SystemExit("not exiting, caught")
except SystemExit as e:
    print("SystemExit", e.code)
