print("never printed")


def not_async():
    await something()
