import threading

results = []
lock = threading.Lock()

def leaf(depth, tag):
    with lock:
        results.append((depth, tag))
    if depth < 3:
        kids = [threading.Thread(target=leaf, args=(depth + 1, tag + c)) for c in "ab"]
        for k in kids:
            k.start()
        for k in kids:
            k.join()

leaf(0, "")
print(len(results))
print(sorted(results))
