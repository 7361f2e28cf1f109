import threading
from decimal import Decimal as D, getcontext, localcontext
results = {}
def worker(name, prec):
    getcontext().prec = prec
    results[name] = (str(D(1) / 7), getcontext().prec)
ts = [threading.Thread(target=worker, args=("t%d" % p, p)) for p in (3, 6, 9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print(getcontext().prec, D(1) / 7)
