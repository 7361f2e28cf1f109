import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { bytesRepr, strRepr } from "../../../src/objects/repr/str.js";
import { isPrintableCodePoint } from "../../../src/objects/repr/printable.js";
import { askPython, TestRandom } from "../python-oracle.js";

/** Code points as numbers so lone surrogates and pairs cross to python3 unambiguously. */
function strings(): number[][] {
  const rnd = new TestRandom(11);
  const out: number[][] = [
    [],
    [0x27],
    [0x22],
    [0x27, 0x22],
    [0x5c, 0x27, 0x0a],
    [0xd800],
    [0xdfff, 0x41],
    [0xd83d, 0xde00],
    [0x1f600],
    [0xe9],
    [0xad],
    [0xa0],
    [0x2028],
    [0x3000],
    [0x1f6dc],
    [0x10ffff],
    [0xe000],
    [0x7f, 0x80, 0x9f, 0x00, 0x1f],
  ];
  const pools = [
    () => rnd.below(0x100),
    () => rnd.below(0x800),
    () => rnd.below(0x10000),
    () => rnd.below(0x110000),
    () => 0xd800 + rnd.below(0x800),
  ];
  for (let i = 0; i < 3000; i++) {
    const len = rnd.below(8);
    const cps: number[] = [];
    for (let j = 0; j < len; j++) cps.push(rnd.pick(pools)());
    out.push(cps);
  }
  return out;
}

/** Builds the JS string holding exactly these code points (a surrogate code point stays one unit). */
function fromCodePoints(cps: number[]): string {
  return cps.map((c) => String.fromCodePoint(c)).join("");
}

test("strRepr equals python3's repr(str)", () => {
  // Two surrogate code points in a row would read back in JS as one astral character, which is
  // a different Python string; those inputs are compared only as what JS can hold.
  const cases = strings().filter(
    (cps) => !cps.some((c, i) => c >= 0xd800 && c < 0xdc00 && cps[i + 1]! >= 0xdc00 && cps[i + 1]! < 0xe000),
  );
  const expected = askPython(
    "print(json.dumps([repr(''.join(map(chr, cps))) for cps in data]))",
    cases,
  ) as string[];
  let mismatches = 0;
  cases.forEach((cps, i) => {
    const got = strRepr(fromCodePoints(cps));
    if (got !== expected[i]) {
      mismatches++;
      if (mismatches < 10) assert.equal(got, expected[i], `code points ${cps.join(",")}`);
    }
  });
  assert.equal(mismatches, 0);
  assert.ok(cases.length > 2500);
});

test("isPrintableCodePoint matches str.isprintable over every code point", () => {
  const expected = askPython(
    "print(json.dumps(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000))))",
    null,
  ) as string;
  let mismatches = 0;
  for (let cp = 0; cp < 0x110000; cp++) {
    if (isPrintableCodePoint(cp) !== (expected[cp] === "1")) mismatches++;
  }
  assert.equal(mismatches, 0);
});

test("bytesRepr equals python3's repr(bytes)", () => {
  const rnd = new TestRandom(3);
  const cases: number[][] = [
    [],
    [0x27],
    [0x22],
    [0x27, 0x22],
    [0x5c],
    Array.from({ length: 256 }, (_, i) => i),
  ];
  for (let i = 0; i < 1000; i++) cases.push(Array.from({ length: rnd.below(10) }, () => rnd.below(256)));
  const expected = askPython("print(json.dumps([repr(bytes(b)) for b in data]))", cases) as string[];
  cases.forEach((b, i) => assert.equal(bytesRepr(Uint8Array.from(b)), expected[i]));
});

test("the generated Unicode tables are fresh", () => {
  const r = spawnSync(process.execPath, ["scripts/fixtures/gen-unicode-tables.mjs", "--check"], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
});

test("long strings and bytes: runs copied whole equal python3's repr", () => {
  // Mostly printable ASCII with an escape now and then: the runs between escapes are sliced.
  const rnd = new TestRandom(5);
  const rare = [0x27, 0x22, 0x5c, 0x0a, 0x09, 0x00, 0x7f, 0xe9, 0xad, 0x2028, 0x1f600, 0xd800];
  const strs: number[][] = [];
  const bytes: number[][] = [];
  for (let i = 0; i < 200; i++) {
    const n = rnd.below(5000);
    strs.push(
      Array.from({ length: n }, () => (rnd.below(40) === 0 ? rnd.pick(rare) : 0x20 + rnd.below(0x5f))),
    );
    bytes.push(
      Array.from({ length: n }, () => (rnd.below(40) === 0 ? rnd.below(256) : 0x20 + rnd.below(0x5f))),
    );
  }
  const cases = strs.filter((cps) => !cps.some((c, i) => c === 0xd800 && cps[i + 1] === 0x1f600));
  const want = askPython(
    "print(json.dumps([[repr(''.join(map(chr, s))) for s in data[0]], [repr(bytes(b)) for b in data[1]]]))",
    [cases, bytes],
  ) as [string[], string[]];
  cases.forEach((cps, i) => assert.equal(strRepr(fromCodePoints(cps)), want[0][i]));
  bytes.forEach((b, i) => assert.equal(bytesRepr(Uint8Array.from(b)), want[1][i]));
});

test("the repr of a long printable string is not a rope of one piece per character", () => {
  // A list of long strings keeps every repr alive until it is joined: one rope node per
  // character made repr() of 1.5 million 100-character strings exhaust the host's heap.
  const base = "abcdefghij".repeat(10);
  const keep: string[] = [];
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 20000; i++) keep.push(strRepr(base + String(i)));
  const grown = process.memoryUsage().heapUsed - before;
  assert.equal(keep[7], `'${base}7'`);
  // ~100 bytes of string per repr when runs are sliced; ~3 KB of rope nodes when not.
  assert.ok(grown < 20000 * 600, `heap grew by ${grown} bytes for 20,000 reprs`);
});
