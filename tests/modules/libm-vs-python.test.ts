import assert from "node:assert/strict";
import { test } from "node:test";
import * as libm from "../../src/modules/math/libm/index.js";
import { PY_FROM_BITS, TestRandom, askPython, floatBits } from "../objects/python-oracle.js";
import { reference } from "./libm-reference.js";

/**
 * pyglass's libm against python3's math module (the C library) on the same arguments: random
 * doubles over the whole range and in [-10, 10], near multiples of pi/2, near 0, huge, tiny and
 * subnormal, near the overflow and underflow thresholds. Results must be bit-equal, except where
 * the C library itself is not correctly rounded: there the slow reference (libm-reference.ts)
 * must show pyglass's result to be the correctly rounded one (for the functions here that are
 * correctly rounded), and such cases must stay rare. Special values (zeros, infinities, NaN,
 * domain and range errors) must agree exactly.
 */

type Unary = (x: number) => number;

/** Correctly rounded here; the C library is too for all but a few arguments in 10^4. */
const CORRECTLY_ROUNDED: Record<string, Unary> = {
  exp: libm.exp,
  exp2: libm.exp2,
  log: libm.log,
  log2: libm.log2,
  sin: libm.sin,
  cos: libm.cos,
  tan: libm.tan,
  atan: libm.atan,
  asin: libm.asin,
  acos: libm.acos,
};

/** The C library's own formulas (composite.ts) or the engine's versions of its algorithms. */
const SAME_FORMULA: Record<string, Unary> = {
  log10: libm.log10,
  sinh: libm.sinh,
  cosh: libm.cosh,
  asinh: libm.asinh,
  acosh: libm.acosh,
  atanh: libm.atanh,
  expm1: libm.expm1,
  log1p: libm.log1p,
  tanh: libm.tanh,
};

const PER_FUNCTION = 2400;
/** At most this fraction of arguments may differ from the C library (its own rounding misses). */
const MAX_MISS = 0.004;

const SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  1,
  -1,
  0.5,
  -0.5,
  2,
  2 ** -1074,
  -(2 ** -1074),
  2 ** -1022,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  709.782712893384,
  709.7827128933841,
  -745.1332191019411,
  -745.1332191019412,
  -708.3964185322641,
  710.4758600739439,
  710.475860073944,
  1024,
  -1074,
  -1075,
  1.5707963267948966,
  3.141592653589793,
  0.7853981633974483,
  2.5,
  1e-300,
  1e300,
  2 ** -28,
  2 ** 28,
  22,
  0.34657359027997264,
  1 - 2 ** -53,
  1 + 2 ** -52,
];

/** Arguments of every kind, the same every run. */
function argumentsFor(rng: TestRandom, n: number): number[] {
  const out: number[] = [...SPECIALS];
  const uniform = (): number => rng.u32() / 4294967296;
  const mantissa = (): number => 1 + uniform();
  const sign = (): number => (rng.below(2) ? -1 : 1);
  while (out.length < n) {
    switch (out.length % 8) {
      case 0:
        out.push(rng.anyDouble());
        break;
      case 1:
        out.push(rng.below(2) ? uniform() * 20 - 10 : (uniform() * 2 - 1) * 2e6);
        break;
      case 2: {
        // Near k pi/2: the reduction's hard cases (a few ulps either way).
        const k = rng.below(8) === 0 ? rng.below(2 ** 30) : rng.below(2000);
        let x = (k * Math.PI) / 2;
        for (let s = rng.below(5) - 2; s !== 0; s += s > 0 ? -1 : 1)
          x = s > 0 ? x + x * 2 ** -52 : x - x * 2 ** -52;
        out.push(sign() * x);
        break;
      }
      case 3:
        out.push(sign() * mantissa() * 2 ** -rng.below(60));
        break;
      case 4:
        out.push(sign() * mantissa() * 2 ** (20 + rng.below(1004)));
        break;
      case 5:
        out.push(sign() * mantissa() * 2 ** -(1000 + rng.below(74)));
        break;
      case 6: {
        const edge = rng.pick([709.78, -745.13, -708.4, 710.47, 1023.9, -1074.5, 22, 0.3466]);
        out.push(edge + (uniform() - 0.5) * 0.02);
        break;
      }
      default:
        out.push(uniform() * 2 - 1);
    }
  }
  return out;
}

type Query = [string, string, string];

const PY = `${PY_FROM_BITS}import math
def bits(v): return struct.pack('>d', v).hex()
out = []
for name, a, b in data:
    x = from_bits(a)
    try:
        if name == 'atan2': r = math.atan2(x, from_bits(b))
        elif name == 'pow': r = math.pow(x, from_bits(b))
        elif name == 'hypot': r = abs(complex(x, from_bits(b)))
        else: r = getattr(math, name)(x)
        out.append(bits(r))
    except (ValueError, OverflowError):
        out.append('err')
print(json.dumps(out))
`;

function fromBits(h: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${h}`));
  return view.getFloat64(0);
}

const same = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

interface Case {
  name: string;
  x: number;
  y: number;
  got: number;
}

function binaryCases(rng: TestRandom): Case[] {
  const cases: Case[] = [];
  const xs = argumentsFor(rng, PER_FUNCTION);
  const ys = argumentsFor(rng, PER_FUNCTION).reverse();
  for (let i = 0; i < xs.length; i++) {
    cases.push({ name: "atan2", x: xs[i]!, y: ys[i]!, got: libm.atan2(xs[i]!, ys[i]!) });
    cases.push({ name: "hypot", x: xs[i]!, y: ys[i]!, got: libm.hypot(xs[i]!, ys[i]!) });
    // pow: positive bases of every size with exponents that keep most results in range.
    const base = Math.abs(xs[(i * 7) % xs.length]!);
    const e = i % 3 === 0 ? Math.round(ys[i]! % 40) : (ys[i]! % 8) * (i % 2 ? 1 : 1 / 64);
    const bx = i % 11 === 0 ? -base : base;
    const ey = i % 11 === 0 ? Math.round(e) : e;
    cases.push({ name: "pow", x: bx, y: ey, got: libm.pow(bx, ey) });
  }
  return cases;
}

test("libm agrees with python3's math module bit for bit, but where the C library is not correctly rounded", () => {
  const rng = new TestRandom(20261121);
  const xs = argumentsFor(rng, PER_FUNCTION);
  const cases: Case[] = [];
  for (const [name, fn] of Object.entries({ ...CORRECTLY_ROUNDED, ...SAME_FORMULA }))
    for (const x of xs) cases.push({ name, x, y: 0, got: fn(x) });
  cases.push(...binaryCases(rng));
  const queries: Query[] = cases.map((c) => [c.name, floatBits(c.x), floatBits(c.y)]);
  const answers = askPython(PY, queries) as string[];
  assert.equal(answers.length, cases.length);

  const misses = new Map<string, number>();
  const totals = new Map<string, number>();
  const problems: string[] = [];
  cases.forEach((c, i) => {
    totals.set(c.name, (totals.get(c.name) ?? 0) + 1);
    const answer = answers[i]!;
    const show = `${c.name}(${c.x}${["atan2", "pow", "hypot"].includes(c.name) ? `, ${c.y}` : ""})`;
    if (answer === "err") {
      // math_1 / math_2 raise for a NaN from non-NaN arguments and an infinity from finite ones.
      const finiteArgs = Number.isFinite(c.x) && Number.isFinite(c.y);
      const raises = (Number.isNaN(c.got) && !Number.isNaN(c.x)) || (!Number.isFinite(c.got) && finiteArgs);
      if (!raises) problems.push(`${show}: python3 raises, pyglass gives ${c.got}`);
      return;
    }
    const want = fromBits(answer);
    if (same(c.got, want)) return;
    misses.set(c.name, (misses.get(c.name) ?? 0) + 1);
    const special = !Number.isFinite(want) || !Number.isFinite(c.got) || want === 0 || c.got === 0;
    if (special || SPECIALS.includes(c.x)) {
      problems.push(`${show}: pyglass ${c.got}, python3 ${want} (a special value)`);
      return;
    }
    if (c.name in CORRECTLY_ROUNDED || ["atan2", "pow", "hypot"].includes(c.name)) {
      const ref = reference(c.name, c.x, c.y);
      if (!same(ref, c.got)) problems.push(`${show}: pyglass ${c.got}, correctly rounded ${ref}`);
    }
  });
  for (const [name, n] of misses) {
    const total = totals.get(name)!;
    if (n > total * MAX_MISS) problems.push(`${name}: ${n} of ${total} differ from python3`);
  }
  assert.deepEqual(problems, []);
});

test("the correctly rounded functions match the slow reference on a sample", () => {
  const rng = new TestRandom(7);
  const problems: string[] = [];
  const xs = argumentsFor(rng, SPECIALS.length + 48)
    .slice(SPECIALS.length)
    .filter((x) => Number.isFinite(x) && Math.abs(x) < 1e6);
  for (const [name, fn] of Object.entries(CORRECTLY_ROUNDED)) {
    for (const x of xs.slice(0, 24)) {
      const got = fn(x);
      if (!Number.isFinite(got) || got === 0 || Number.isNaN(got)) continue;
      const ref = reference(name, x);
      if (!same(ref, got)) problems.push(`${name}(${x}): ${got}, correctly rounded ${ref}`);
    }
  }
  assert.deepEqual(problems, []);
});
