def t(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1 / 0)
t(lambda: divmod(1, 0))
t(lambda: 10 ** 40 // 0)
t(lambda: 0 / 0)
t(lambda: True / False)
t(lambda: 1 // False)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e)
t(lambda: pow(0, -1))
t(lambda: 1 / 0.0)
t(lambda: 1 % 0.0)
t(lambda: 1 // 0.0)
