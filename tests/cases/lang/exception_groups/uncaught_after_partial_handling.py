def process():
    errors = [ValueError("bad 1"), KeyError("missing"), ValueError("bad 2")]
    raise ExceptionGroup("batch failed", errors)


try:
    process()
except* ValueError as eg:
    print("logged", len(eg.exceptions), "value errors")
