from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED

with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(6)]
    result = wait(fs, return_when=ALL_COMPLETED)
    print(type(result).__name__, result._fields)
    print(len(result.done), len(result.not_done))
    print(sorted(f.result() for f in result.done))
    done, not_done = wait([])
    print(done, not_done)
