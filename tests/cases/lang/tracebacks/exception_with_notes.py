def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as e:
        e.add_note(f"while processing item {item!r}")
        e.add_note("second note\nspanning two lines")
        raise


process(0)
