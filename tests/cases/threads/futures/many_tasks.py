from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=8) as ex:
    futures = [ex.submit(lambda n=n: n * n) for n in range(200)]
    total = sum(f.result() for f in futures)
print(total, sum(n * n for n in range(200)))
