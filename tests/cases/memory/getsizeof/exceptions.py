# Exceptions: BaseException's fields, plus those of the kinds that add their own.
import sys

for e in (Exception(), ValueError("x"), KeyError(1), StopIteration(5), SystemExit(2),
          NameError("n"), AttributeError("a"), ImportError("i"), OSError(2, "no"),
          FileNotFoundError(), SyntaxError("s"), UnicodeDecodeError("utf-8", b"", 0, 1, "bad"),
          KeyboardInterrupt(), BaseExceptionGroup("g", [ValueError()])):
    print(type(e).__name__, sys.getsizeof(e))
