import sys

try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
    print(isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit(5)
except Exception:
    print("except Exception does not catch it")
finally:
    print("finally still runs")
