// sys.getsizeof against python3 over many values in one batch: a program builds values of the
// built-in types in the ways programs build them (literals, appends, comprehensions, list(),
// extend, pops, inserts, dict and set insertions, bytearray appends, instances) from a seeded
// generator of its own, and prints each size; python3 and pyglass must print the same lines.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { runSource } from "../../src/index.js";

const PROGRAM = String.raw`
import sys
g = sys.getsizeof
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
ALPHABETS = ["abcxyz", "é\xff", "ĀЖ", "\U0001F600\U00010000", "aé", "aЖ\U0001F600"]
def text(n):
    a = ALPHABETS[rnd(len(ALPHABETS))]
    return "".join(a[rnd(len(a))] for _ in range(n))
class Plain: pass
class Slotted:
    __slots__ = ("a", "b")
class Sub(list): pass
out = []
for case in range(400):
    k = rnd(14)
    n = rnd(70)
    if k == 0:
        v = rnd(2) and -1 or 1
        v = v * (rnd(1 << 30) << (30 * rnd(6)))
        out.append(("int", v.bit_length(), g(v)))
    elif k == 1:
        out.append(("str", n, g(text(n))))
    elif k == 2:
        out.append(("bytes", n, g(bytes(n))))
    elif k == 3:
        b = bytearray(n)
        first = g(b)
        m = rnd(40)
        for i in range(m): b.append(i % 256)
        out.append(("bytearray-append", n, m, first, g(b)))
    elif k == 4:
        out.append(("tuple", n, g(tuple(range(n)))))
    elif k == 5:
        l = []
        for i in range(n): l.append(i)
        out.append(("list-append", n, g(l)))
    elif k == 6:
        out.append(("list-comp", n, g([i for i in range(n)]), g(list(range(n))), g([*range(n)])))
    elif k == 7:
        l = list(range(n))
        m = rnd(n + 1)
        for i in range(m): l.pop()
        out.append(("list-pop", n, m, g(l)))
    elif k == 8:
        l = [1, 2, 3]
        l.extend(range(n))
        l.insert(0, 0)
        out.append(("list-extend", n, g(l)))
    elif k == 9:
        d = {}
        for i in range(n): d[text(3) + str(i)] = i
        out.append(("dict-str", n, g(d)))
    elif k == 10:
        out.append(("dict-int", n, g({i: i for i in range(n)}), g(dict.fromkeys(range(n)))))
    elif k == 11:
        s = set()
        for i in range(n * 3): s.add(i)
        out.append(("set", n * 3, g(s), g(frozenset(s)), g(set(s))))
    elif k == 12:
        p = Plain()
        for i in range(n % 5): setattr(p, "a%d" % i, i)
        out.append(("instances", g(p), g(Slotted()), g(Sub()), g(Plain), g(Slotted)))
    else:
        out.append(("scalars", g(n * 0.5), g(complex(n, 1)), g(n % 2 == 0), g(None), g(range(n)), g(slice(n))))
for row in out:
    print(*row)
`;

test("sys.getsizeof matches python3 for 400 generated values", async () => {
  const py = spawnSync(process.env["PYGLASS_PYTHON"] ?? "python3", ["-c", PROGRAM], { encoding: "utf8" });
  if (py.error !== undefined) throw py.error;
  assert.equal(py.status, 0, py.stderr);
  let out = "";
  let err = "";
  const r = await runSource(PROGRAM, {
    stdout: (s: string) => void (out += s),
    stderr: (s: string) => void (err += s),
  });
  assert.equal(r.exitCode, 0, err);
  const want = py.stdout.split("\n");
  const got = out.split("\n");
  assert.equal(got.length, want.length);
  const wrong = want.flatMap((w, i) => (w === got[i] ? [] : [`want ${w}\n got ${got[i]}`]));
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} of ${want.length} lines differ`);
});
