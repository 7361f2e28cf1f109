print("never printed")


class C:
    for x in range(2):
        continue
    continue
