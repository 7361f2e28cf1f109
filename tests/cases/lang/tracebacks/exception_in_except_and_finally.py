def cleanup():
    raise OSError("cleanup failed")


def work():
    try:
        raise RuntimeError("work failed")
    finally:
        cleanup()


work()
