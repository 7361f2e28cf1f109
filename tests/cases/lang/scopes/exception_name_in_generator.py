def gen():
    try:
        raise ValueError("inside generator")
    except ValueError as err:
        yield str(err)
    try:
        yield err
    except NameError as e:
        yield "NameError: " + str(e)
    except UnboundLocalError as e:
        yield "UnboundLocalError: " + str(e)


print(list(gen()))
