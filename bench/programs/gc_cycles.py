# LATER (gc): allocate 10 million small container objects, every one of them in a reference
# cycle (an instance -> dict -> tuple -> list -> back to the instance), so only the cyclic
# garbage collector can reclaim them. Automatic collection stays on with the default
# thresholds; a few cycles are kept alive so the older generations fill, and a full
# collection runs at the end. Measures allocation and the generational collector.
# Size: objects allocated (four per cycle).
import gc
import sys
import time


class Node:
    __slots__ = ("up", "value")


def churn(objects):
    total = 0
    survivors = []
    for i in range(0, objects, 4):
        node = Node()
        node.value = i
        link = [node, i]
        node.up = {"link": (link,)}
        total += node.up["link"][0][1] % 1000
        if i % 100000 == 0:
            survivors.append(node)
    return total, len(survivors)


def main():
    objects = int(sys.argv[1]) if len(sys.argv) > 1 else 10000000
    gc.enable()
    start = time.perf_counter()
    total, kept = churn(objects)
    gc.collect()
    elapsed = time.perf_counter() - start
    print(f"checksum: objects={objects} kept={kept} total={total}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
