try:
    f()
except* ValueError as e:
    g(e)
except* TypeError:
    pass
try:
    f()
except* E:
    pass
else:
    x = 1
finally:
    y = 2
