# LATER (threads): producers and consumers connected by bounded queue.Queue objects in two
# stages (producers -> workers -> collector), with sentinels for shutdown and task_done/join
# bookkeeping. Measures Queue's locks and conditions, blocking put/get and thread hand-offs;
# the result does not depend on the interleaving. Size: items per producer.
import queue
import sys
import threading
import time

PRODUCERS = 2
WORKERS = 2
STOP = None


def produce(out, base, count):
    for i in range(count):
        out.put(base + i)


def transform(inbox, outbox):
    while True:
        item = inbox.get()
        if item is STOP:
            inbox.task_done()
            outbox.put(STOP)
            return
        outbox.put((item, item * item % 9973))
        inbox.task_done()


def collect(inbox, workers, result):
    finished = 0
    total = 0
    items = 0
    biggest = 0
    while finished < workers:
        entry = inbox.get()
        if entry is STOP:
            finished += 1
            continue
        item, square = entry
        items += 1
        total += square
        if item > biggest:
            biggest = item
    result.extend([items, total, biggest])


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    start = time.perf_counter()
    first = queue.Queue(maxsize=64)
    second = queue.Queue(maxsize=64)
    result = []
    producers = [
        threading.Thread(target=produce, args=(first, p * 1000000, count)) for p in range(PRODUCERS)
    ]
    workers = [threading.Thread(target=transform, args=(first, second)) for _ in range(WORKERS)]
    collector = threading.Thread(target=collect, args=(second, WORKERS, result))
    for t in producers + workers + [collector]:
        t.start()
    for t in producers:
        t.join()
    first.join()  # every produced item has been taken by a worker
    for _ in workers:
        first.put(STOP)
    for t in workers + [collector]:
        t.join()
    elapsed = time.perf_counter() - start
    items, total, biggest = result
    print(f"checksum: items={items} total={total} biggest={biggest}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
