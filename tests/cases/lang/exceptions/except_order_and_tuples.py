def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arithmetic: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
    except BaseException as e:
        return "base: " + type(e).__name__


for exc in (KeyError(), IndexError, ZeroDivisionError(), OverflowError(), ValueError(), KeyboardInterrupt(), SystemExit()):
    print(classify(exc))
