s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1], s[100:], s[:100], s[5:2], s[::-3])
print(s[slice(1, 4)], s[slice(None, None, -1)], s[slice(-2, None)], s[3:3], s[-100:2])
for bad in [lambda: s[10], lambda: s[-11], lambda: s[::0], lambda: s["a"], lambda: s[1.0], lambda: s[1:2.0]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
