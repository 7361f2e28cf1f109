log = []
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    log.append(("first", len(eg.exceptions)))
except* (ValueError, TypeError) as eg:
    log.append(("second", [type(e).__name__ for e in eg.exceptions]))
except* Exception as eg:
    log.append(("third", eg))
print(log)
