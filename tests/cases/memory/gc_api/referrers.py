import gc

target = []
holder = [target]
other = {"t": target}
refs = gc.get_referrers(target)
print(any(r is holder for r in refs), any(r is other for r in refs))
print(any(r is globals() for r in refs))
del holder
refs = gc.get_referrers(target)
print(any(isinstance(r, list) and r and r[0] is target for r in refs))
