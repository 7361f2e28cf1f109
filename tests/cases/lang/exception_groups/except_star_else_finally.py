def run(exc):
    try:
        if exc:
            raise exc
    except* ValueError:
        print("  handled ValueError part")
    else:
        print("  else: nothing raised")
    finally:
        print("  finally")


for exc in (None, ValueError("x"), ExceptionGroup("g", [ValueError(1), ValueError(2)])):
    print("run", repr(exc))
    run(exc)
