values = [1, "text", None, [1], {"a": 1}, 1.5]
for v in values:
    try:
        v()
    except TypeError as e:
        print(e)


class C:
    pass


try:
    C()()
except TypeError as e:
    print(e)
try:
    C.missing()
except AttributeError as e:
    print(e)
