r = range(10 ** 30)
print(len(r) if False else r.__len__ if False else "-", r[-1], r[10 ** 29], 10 ** 29 in r, r.index(12345), r.count(5), r[10 ** 20 :: 10 ** 10][:2])
try:
    len(r)
except OverflowError as e:
    print(e)
big = range(-(10 ** 40), 10 ** 40, 7)
print(big[0], big[-1], big.start, big.stop, big.step, (10 ** 40 - 7) in big, big[5:8], repr(big)[:20])
print(len(range(0, 2 ** 62, 2)), range(2 ** 64).__reversed__().__next__())
print(reversed(range(10 ** 25))[0] if False else next(reversed(range(10 ** 25))))
