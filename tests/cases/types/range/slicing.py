r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1], r[::2], r[5:1:-1], r[-100:100], r[3:3], r[::-3], list(r[1::2]))
print(range(10)[::-1][2:5], range(5, 0, -1)[1:], range(0)[:], range(1, 10)[-2:])
for f in [lambda: r[7], lambda: r[-8], lambda: r["a"], lambda: r[::0], lambda: r[1.0]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
