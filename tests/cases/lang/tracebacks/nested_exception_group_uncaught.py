def task(n):
    raise ValueError(f"task {n} failed")


def run_all():
    errors = []
    for n in range(2):
        try:
            task(n)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup("inner group", errors)
    raise ExceptionGroup("outer group", [inner, TypeError("standalone")])


run_all()
