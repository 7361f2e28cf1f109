try:
    raise ExceptionGroup("g", [ZeroDivisionError(), OverflowError(), KeyError("k"), IndexError(0)])
except* ArithmeticError as eg:
    print("arith:", [type(e).__name__ for e in eg.exceptions])
except* (KeyError, IndexError) as eg:
    print("lookup:", [type(e).__name__ for e in eg.exceptions])
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as eg:
    print("kbd:", repr(eg))
except* ValueError as eg:
    print("value:", repr(eg))
