# LATER (asyncio): a three-stage pipeline of coroutines joined by bounded asyncio.Queue
# objects (producers -> parsers -> aggregator), shut down with sentinels and queue.join().
# Measures asyncio.Queue put/get, futures waking waiters and task switching. Size: items per
# producer.
import asyncio
import sys
import time

PRODUCERS = 4
PARSERS = 3
STOP = None


async def produce(out, ident, count):
    for i in range(count):
        await out.put(f"{ident}:{i}:{(i * 7 + ident) % 13}")


async def parse(inbox, outbox):
    while True:
        line = await inbox.get()
        if line is STOP:
            inbox.task_done()
            return
        ident, index, weight = line.split(":")
        await outbox.put((int(ident), int(index) + int(weight)))
        inbox.task_done()


async def aggregate(inbox, totals):
    while True:
        entry = await inbox.get()
        if entry is STOP:
            inbox.task_done()
            return
        ident, value = entry
        totals[ident] = totals.get(ident, 0) + value
        inbox.task_done()


async def run(count):
    lines = asyncio.Queue(maxsize=100)
    parsed = asyncio.Queue(maxsize=100)
    totals = {}
    producers = [asyncio.create_task(produce(lines, p, count)) for p in range(PRODUCERS)]
    parsers = [asyncio.create_task(parse(lines, parsed)) for _ in range(PARSERS)]
    aggregator = asyncio.create_task(aggregate(parsed, totals))
    await asyncio.gather(*producers)
    for _ in parsers:
        await lines.put(STOP)
    await asyncio.gather(*parsers)
    await parsed.put(STOP)
    await aggregator
    return totals


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    start = time.perf_counter()
    totals = asyncio.run(run(count))
    elapsed = time.perf_counter() - start
    summary = ",".join(f"{k}:{v}" for k, v in sorted(totals.items()))
    print(f"checksum: totals={summary}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
