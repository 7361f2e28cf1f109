def double(x):
    return x * 2


class Table:
    size = 3
    rows = [double(i) for i in range(3)]
    names = {n: len(n) for n in ("a", "bb")}
    try:
        bad = [size for _ in range(2)]
    except NameError as e:
        bad = "NameError: " + str(e)
    ok = [s for s in [size] * 2]


print(Table.rows, Table.names, Table.bad, Table.ok)
