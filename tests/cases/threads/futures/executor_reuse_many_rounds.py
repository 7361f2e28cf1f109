from concurrent.futures import ThreadPoolExecutor, wait

with ThreadPoolExecutor(3) as ex:
    totals = []
    for rnd in range(5):
        fs = [ex.submit(lambda a, b: a * b, rnd, i) for i in range(4)]
        wait(fs)
        totals.append(sum(f.result() for f in fs))
    print(totals, len(ex._threads) <= 3)
