import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { listSortSync } from "../../../src/objects/sort/timsort-sync.generated.js";
import { computeMinrun, listSortGen } from "../../../src/objects/sort/timsort.js";
import { askPython, TestRandom } from "../python-oracle.js";

/** An element: its value and its original index, which identifies it in comparison logs. */
interface Item {
  v: number;
  i: number;
}

/** Arrays shaped to exercise every path: random, with duplicates, runs both ways, galloping. */
function arrays(): number[][] {
  const rnd = new TestRandom(2024);
  const out: number[][] = [[], [1], [2, 1], [1, 1], [3, 2, 1], [1, 2, 3]];
  for (let c = 0; c < 120; c++) {
    const n = rnd.below(c < 60 ? 100 : 1500) + 2;
    const shape = c % 8;
    const a: number[] = [];
    for (let i = 0; i < n; i++) {
      switch (shape) {
        case 0:
          a.push(rnd.below(1_000_000));
          break;
        case 1:
          a.push(rnd.below(5)); // many equal keys: stability
          break;
        case 2:
          a.push(i % 97); // sawtooth: ascending runs
          break;
        case 3:
          a.push(n - i + rnd.below(3)); // mostly descending
          break;
        case 4:
          a.push(i < n / 2 ? 2 * i : 2 * (i - Math.floor(n / 2)) + 1); // two interleaved runs
          break;
        case 5:
          a.push(i < n / 3 ? i + 100000 : i); // long runs in the wrong order: galloping
          break;
        case 6:
          a.push(rnd.below(10) === 0 ? rnd.below(n) : i); // nearly sorted
          break;
        default:
          a.push(Math.floor(i / 7) % 13); // descending-equal patterns
      }
    }
    out.push(a);
  }
  return out;
}

const PY_SORT = `
class Stop(Exception):
    pass
class W:
    __slots__ = ('v', 'i')
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        global budget
        if budget == 0:
            raise Stop
        budget -= 1
        log.append(self.i)
        log.append(other.i)
        return self.v < other.v
out = []
for arr, reverse, use_key, limit in data:
    log = []
    budget = limit
    ws = [W(v, i) for i, v in enumerate(arr)]
    try:
        if use_key:
            ws.sort(key=lambda w: W(w.v // 2, w.i), reverse=reverse)
        else:
            ws.sort(reverse=reverse)
    except Stop:
        pass
    out.append([log, [w.i for w in ws]])
print(json.dumps(out))
`;

type Case = [number[], boolean, boolean, number];

function runMine(
  [arr, reverse, useKey, limit]: Case,
  sortImpl: (
    items: Item[],
    key: ((w: Item) => Item) | null,
    reverse: boolean,
    lt: (a: Item, b: Item) => boolean,
  ) => void,
): [number[], number[]] {
  const log: number[] = [];
  let budget = limit;
  const items = arr.map((v, i) => ({ v, i }));
  const lt = (a: Item, b: Item): boolean => {
    if (budget === 0) throw new Error("stop");
    budget--;
    log.push(a.i, b.i);
    return a.v < b.v;
  };
  try {
    sortImpl(items, useKey ? (w) => ({ v: Math.floor(w.v / 2), i: w.i }) : null, reverse, lt);
  } catch (e) {
    if (!(e instanceof Error) || e.message !== "stop") throw e;
  }
  return [log, items.map((w) => w.i)];
}

function cases(): Case[] {
  const rnd = new TestRandom(99);
  const out: Case[] = [];
  for (const a of arrays()) {
    out.push([a, false, false, -1]);
    out.push([a, rnd.below(2) === 1, rnd.below(2) === 1, -1]);
    // Stop partway: the partial permutation must match too.
    out.push([a, rnd.below(2) === 1, false, rnd.below(a.length * 4 + 1)]);
  }
  return out;
}

function check(name: string, sortImpl: Parameters<typeof runMine>[1]): void {
  const all = cases();
  const expected = askPython(PY_SORT, all) as [number[], number[]][];
  let compares = 0;
  all.forEach((c, idx) => {
    const [log, order] = runMine(c, sortImpl);
    const [pyLog, pyOrder] = expected[idx]!;
    compares += pyLog.length / 2;
    if (log.length !== pyLog.length || log.some((x, j) => x !== pyLog[j])) {
      const first = log.findIndex((x, j) => x !== pyLog[j]);
      assert.fail(
        `${name} case ${idx} (n=${c[0].length}, reverse=${c[1]}, key=${c[2]}, limit=${c[3]}): compare log differs at ${first}`,
      );
    }
    assert.deepEqual(order, pyOrder, `${name} case ${idx}: final order`);
  });
  assert.ok(compares > 100000, `only ${compares} comparisons checked`);
}

test("synchronous sort makes python3's comparisons, in order, and leaves its order", () => {
  check("sync", (items, key, reverse, lt) => listSortSync(items, key, reverse, lt));
});

test("generator sort, suspended at every comparison, does the same", () => {
  check("gen", (items, key, reverse, lt) => {
    let suspensions = 0;
    const gen = listSortGen<Item, Item, "suspend", undefined>(
      items,
      key
        ? function* (w) {
            yield "suspend";
            return key(w);
          }
        : null,
      reverse,
      function* (a, b) {
        yield "suspend";
        return lt(a, b);
      },
    );
    for (let s = gen.next(); !s.done; s = gen.next()) suspensions++;
    assert.ok(items.length < 2 || suspensions > 0);
  });
});

test("minrun equals merge_compute_minrun", () => {
  assert.deepEqual(
    [0, 1, 63, 64, 65, 127, 128, 1000, 2112, 1 << 20, (1 << 20) + 1].map(computeMinrun),
    [0, 1, 63, 32, 33, 64, 32, 63, 33, 32, 33],
  );
});

test("timsort-sync.generated.ts is fresh", () => {
  const r = spawnSync(process.execPath, ["scripts/fixtures/gen-timsort-sync.mjs", "--check"], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
});
