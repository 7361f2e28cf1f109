// unicodedata against python3's, in one batch each: every code point's name and properties, and
// the four normalization forms of a sample of strings built from the characters normalization
// touches. Also checks the generated property table is what the generator makes today.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { unicodeNameOf } from "../../../src/parser/parser-unicode-names.js";
import type { Form } from "../../../src/modules/unicodedata/normalize.js";
import { FORMS, normalize } from "../../../src/modules/unicodedata/normalize.js";
import { decompositionText, recordOf, tables } from "../../../src/modules/unicodedata/tables.js";

function python(code: string, input = ""): string {
  const r = spawnSync("python3", ["-c", code], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

// One line per code point whose properties differ from the previous code point's, and one per
// name: what the module gives, spelled the same way on both sides.
const PROPERTIES = String.raw`
import sys, unicodedata as u
out = []
prev = None
for cp in range(0x110000):
    c = chr(cp)
    p = "%s %s %d %s %d|%s|%s|%s|%s" % (u.category(c), u.bidirectional(c), u.combining(c),
        u.east_asian_width(c), u.mirrored(c), u.decomposition(c), u.decimal(c, ""),
        u.digit(c, ""), u.numeric(c, ""))
    if p != prev:
        out.append("%x %s" % (cp, p))
        prev = p
    n = u.name(c, None)
    if n is not None:
        out.append("%x =%s" % (cp, n))
sys.stdout.write("\n".join(out))
`;

function ours(): string {
  const out: string[] = [];
  let prev: string | null = null;
  const t = tables();
  for (let cp = 0; cp < 0x110000; cp++) {
    const [cat, bidi, comb, eaw, mirrored] = recordOf(cp);
    const num = t.numerics.get(cp);
    const p =
      `${cat} ${bidi} ${comb} ${eaw} ${mirrored}|${decompositionText(cp)}|` +
      `${num?.decimal === true ? num.numeric.replace(".0", "") : ""}|` +
      `${num?.digit === true ? num.numeric.replace(".0", "") : ""}|${num?.numeric ?? ""}`;
    if (p !== prev) {
      out.push(`${cp.toString(16)} ${p}`);
      prev = p;
    }
    const n = unicodeNameOf(cp);
    if (n !== null) out.push(`${cp.toString(16)} =${n}`);
  }
  return out.join("\n");
}

test("every code point's name and properties equal python3's", () => {
  const want = python(PROPERTIES).split("\n");
  const got = ours().split("\n");
  assert.ok(want.length > 140000, `python3 gave ${want.length} lines`);
  const wrong: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length) && wrong.length < 10; i++)
    if (want[i] !== got[i]) wrong.push(`line ${i}: want ${want[i]}, got ${got[i]}`);
  assert.deepEqual(wrong, []);
});

/** A small deterministic generator (xorshift32), so the sample is the same on every run. */
function sampler(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

test("NFC, NFD, NFKC and NFKD of a sample equal python3's", () => {
  // Characters normalization acts on: those with a decomposition or a combining class, the
  // Hangul jamo and a stretch of syllables, and plain letters to compose with.
  const pool: number[] = [];
  const t = tables();
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    if (t.decompositions.has(cp) || recordOf(cp)[2] !== 0) pool.push(cp);
  }
  for (let cp = 0x1100; cp < 0x1200; cp++) pool.push(cp);
  for (let cp = 0xac00; cp < 0xac00 + 200; cp++) pool.push(cp);
  for (let cp = 0x41; cp < 0x7b; cp++) pool.push(cp);
  const rnd = sampler(20261121);
  const samples: string[] = pool.map((cp) => String.fromCodePoint(cp));
  for (let i = 0; i < 20000; i++) {
    const n = 1 + Math.floor(rnd() * 6);
    let s = "";
    for (let k = 0; k < n; k++) s += String.fromCodePoint(pool[Math.floor(rnd() * pool.length)]!);
    samples.push(s);
  }
  const code = String.raw`
import json, sys, unicodedata as u
samples = json.load(sys.stdin)
json.dump([[u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")] + [u.is_normalized("NFC", s)] for s in samples], sys.stdout)
`;
  const want = JSON.parse(python(code, JSON.stringify(samples))) as [
    string,
    string,
    string,
    string,
    boolean,
  ][];
  const wrong: string[] = [];
  for (let i = 0; i < samples.length && wrong.length < 10; i++) {
    const got = FORMS.map((f: Form) => normalize(f, samples[i]!));
    for (let k = 0; k < 4; k++) {
      if (got[k] !== want[i]![k])
        wrong.push(
          `${FORMS[k]} ${JSON.stringify(samples[i])}: want ${JSON.stringify(want[i]![k])}, got ${JSON.stringify(got[k])}`,
        );
    }
    if ((got[0] === samples[i]) !== want[i]![4])
      wrong.push(`is_normalized NFC ${JSON.stringify(samples[i])}`);
  }
  assert.ok(samples.length > 25000, `${samples.length} samples`);
  assert.deepEqual(wrong, []);
});

test("the generated property table is fresh", () => {
  const r = spawnSync(process.execPath, ["scripts/gen-unicode-names-data.mjs", "--check"], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
});
