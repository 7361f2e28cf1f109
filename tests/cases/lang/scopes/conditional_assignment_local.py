x = "global"


def f(flag):
    if flag:
        x = "local"
    return x


print(f(True))
try:
    print(f(False))
except UnboundLocalError as e:
    print(e)


def g():
    for x in []:
        pass
    return x


try:
    g()
except UnboundLocalError as e:
    print(e)
