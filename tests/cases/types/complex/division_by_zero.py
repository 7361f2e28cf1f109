def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: 1j / 0)
t(lambda: (1 + 1j) / 0j)
t(lambda: 1 / 0j)
t(lambda: 1.5 / complex(0, 0))
t(lambda: 0j ** -1)
t(lambda: 0j ** (-1 + 0j))
t(lambda: 0j ** 1j)
t(lambda: 0j ** 0)
t(lambda: 1j // 1)
t(lambda: 1j % 1)
t(lambda: divmod(1j, 1))
t(lambda: (10 + 0j) ** 1000)
