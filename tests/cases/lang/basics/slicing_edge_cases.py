s = list(range(10))
print(s[::-1], s[::-3], s[8:2:-2], s[-3:], s[:-7], s[5:5], s[7:3])
print(s[-100:100], s[3:-3], s[::100], s[-1:-11:-1])
try:
    s[::0]
except ValueError as e:
    print(e)
print("abcdef"[1:5:2], "abcdef"[::-2], "abc"[5:], (1, 2, 3)[::-1])
print(slice(1, 5, 2).indices(4), slice(None, None, -1).indices(5))
sl = slice(2, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step)
print(range(10)[2:8:2], range(10)[::-1][:3])
