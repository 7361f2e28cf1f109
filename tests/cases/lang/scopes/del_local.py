def f():
    x = 1
    print(x)
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        del x
    except UnboundLocalError as e:
        print("again:", e)
    x = 2
    return x


print(f())
g = 1
del g
try:
    g
except NameError as e:
    print("NameError:", e)
try:
    del g
except NameError as e:
    print("NameError:", e)
