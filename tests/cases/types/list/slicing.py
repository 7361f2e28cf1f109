a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[5:2], a[::-3], a[-100:100])
print(a[slice(2, 8, 3)], a[None:None], a[3:3], a[9:-20:-4])
print(a[True:], a[False])
for f in [lambda: a[10], lambda: a[-11], lambda: a[::0], lambda: a["1"], lambda: a[1.5], lambda: a[:"x"]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
