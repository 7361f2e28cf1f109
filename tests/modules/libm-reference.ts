/**
 * A slow reference for the libm tests: every function evaluated in BigInt fixed point with 2600
 * fraction bits (any double, 2^-1074 included, is an exact fixed-point number), then rounded to
 * the nearest double once. It decides which result is the correctly rounded one when pyglass's
 * libm and python3 (the C library) disagree.
 */
const P = 2600n;
const ONE = 1n << P;

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

const view = new DataView(new ArrayBuffer(8));

/** The finite double x as a fixed-point number (exact). */
export function fixedOf(x: number): bigint {
  view.setFloat64(0, x);
  const b = view.getBigUint64(0);
  const eb = Number((b >> 52n) & 0x7ffn);
  const frac = b & ((1n << 52n) - 1n);
  const m = eb === 0 ? frac : frac | (1n << 52n);
  const e = (eb === 0 ? -1074 : eb - 1075) + Number(P);
  const v = e >= 0 ? m << BigInt(e) : m >> BigInt(-e);
  return b >> 63n ? -v : v;
}

/** The double nearest v 2^-P (ties to even; subnormals rounded on their grid; inf beyond). */
export function toDouble(v: bigint): number {
  if (v === 0n) return 0;
  const neg = v < 0n;
  const a = neg ? -v : v;
  const len = bitLength(a);
  const exponent = len - 1 - Number(P); // a 2^-P in [2^exponent, 2^(exponent+1))
  const keep = exponent < -1022 ? 53 - (-1022 - exponent) : 53;
  const drop = len - keep;
  let mant = keep <= 0 ? 0n : a >> BigInt(drop);
  const rest = a - (mant << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  if (rest > half || (rest === half && (mant & 1n) === 1n)) mant += 1n;
  const out = exponent > 1023 ? Infinity : scaleExact(Number(mant), drop - Number(P));
  return neg ? -out : out;
}

function scaleExact(m: number, e: number): number {
  // m has at most 54 bits; split the power so no intermediate overflows or underflows early.
  if (e < -1000) return m * 2 ** -1000 * 2 ** (e + 1000);
  if (e > 1000) return m * 2 ** 1000 * 2 ** (e - 1000);
  return m * 2 ** e;
}

const mulF = (a: bigint, b: bigint): bigint => (a * b) >> P;
const divF = (a: bigint, b: bigint): bigint => (a << P) / b;

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
const sqrtF = (a: bigint): bigint => isqrt(a << P);

let piCache = 0n;
function pi(): bigint {
  if (piCache === 0n) {
    const G = P + 40n;
    const atanInv = (n: bigint): bigint => {
      let power = (1n << G) / n;
      let sum = 0n;
      for (let k = 0n; power !== 0n; k++) {
        sum += (k % 2n === 0n ? 1n : -1n) * (power / (2n * k + 1n));
        power /= n * n;
      }
      return sum;
    };
    piCache = (16n * atanInv(5n) - 4n * atanInv(239n)) >> 40n;
  }
  return piCache;
}

function atanhSeries(z: bigint): bigint {
  const z2 = mulF(z, z);
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = mulF(term, z2);
  }
  return sum;
}

let ln2Cache = 0n;
function ln2(): bigint {
  if (ln2Cache === 0n) ln2Cache = 2n * atanhSeries(divF(ONE, 3n * ONE));
  return ln2Cache;
}

export function expF(x: bigint): bigint {
  const L = ln2();
  let k = (x + L / 2n) / L;
  if (x + L / 2n < 0n && (x + L / 2n) % L !== 0n) k -= 1n;
  const r = x - k * L;
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = mulF(term, r) / n;
    sum += term;
  }
  return k >= 0n ? sum << k : sum >> -k;
}

export function logF(x: bigint): bigint {
  // x = 2^e m, m in [1, 2): log m = 2 atanh((m - 1) / (m + 1)).
  const e = bitLength(x) - 1 - Number(P);
  const m = e >= 0 ? x >> BigInt(e) : x << BigInt(-e);
  return BigInt(e) * ln2() + 2n * atanhSeries(divF(m - ONE, m + ONE));
}

/** [sin, cos] of x. */
export function sinCosF(x: bigint): [bigint, bigint] {
  const halfPi = pi() >> 1n;
  let k = (2n * x + halfPi) / (2n * halfPi);
  if (2n * x + halfPi < 0n) k -= 1n;
  const r = x - k * halfPi;
  const r2 = mulF(r, r);
  let term = r;
  let s = 0n;
  for (let n = 1n; term !== 0n; n += 2n) {
    s += term;
    term = -mulF(term, r2) / ((n + 1n) * (n + 2n));
  }
  term = ONE;
  let c = 0n;
  for (let n = 0n; term !== 0n; n += 2n) {
    c += term;
    term = -mulF(term, r2) / ((n + 1n) * (n + 2n));
  }
  const q = Number(((k % 4n) + 4n) % 4n);
  return q === 0 ? [s, c] : q === 1 ? [c, -s] : q === 2 ? [-s, -c] : [-c, s];
}

export function atanF(x: bigint): bigint {
  if (x < 0n) return -atanF(-x);
  if (x > ONE) return (pi() >> 1n) - atanF(divF(ONE, x));
  // Halve the angle until it is small: atan x = 2 atan(x / (1 + sqrt(1 + x^2))).
  let y = x;
  let halvings = 0n;
  while (y > ONE >> 8n) {
    y = divF(y, ONE + sqrtF(ONE + mulF(y, y)));
    halvings++;
  }
  const y2 = mulF(y, y);
  let term = y;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = -mulF(term, y2);
  }
  return sum << halvings;
}

export function atan2F(y: bigint, x: bigint): bigint {
  if (x > 0n) return atanF(divF(y, x));
  if (x === 0n) return y >= 0n ? pi() >> 1n : -(pi() >> 1n);
  return y >= 0n ? atanF(divF(y, x)) + pi() : atanF(divF(y, x)) - pi();
}

/** The correctly rounded value of a libm function at x (finite x in its domain). */
export function reference(fn: string, x: number, y = 0): number {
  const X = fixedOf(x);
  switch (fn) {
    case "exp":
      return toDouble(expF(X));
    case "exp2":
      return toDouble(expF(mulF(X, ln2())));
    case "expm1":
      return toDouble(expF(X) - ONE);
    case "log":
      return toDouble(logF(X));
    case "log2":
      return toDouble(divF(logF(X), ln2()));
    case "log10":
      return toDouble(divF(logF(X), logF(10n * ONE)));
    case "log1p":
      return toDouble(logF(ONE + X));
    case "sin":
      return toDouble(sinCosF(X)[0]);
    case "cos":
      return toDouble(sinCosF(X)[1]);
    case "tan": {
      const [s, c] = sinCosF(X);
      return toDouble(divF(s, c));
    }
    case "atan":
      return toDouble(atanF(X));
    case "asin":
      return toDouble(atan2F(X, sqrtF(ONE - mulF(X, X))));
    case "acos":
      return toDouble(atan2F(sqrtF(ONE - mulF(X, X)), X));
    case "atan2":
      return toDouble(atan2F(fixedOf(x), fixedOf(y)));
    case "sinh":
    case "cosh":
    case "tanh": {
      const a = expF(X);
      const b = expF(-X);
      if (fn === "sinh") return toDouble((a - b) / 2n);
      if (fn === "cosh") return toDouble((a + b) / 2n);
      return toDouble(divF(a - b, a + b));
    }
    case "asinh":
      return toDouble(x < 0 ? -logF(-X + sqrtF(mulF(X, X) + ONE)) : logF(X + sqrtF(mulF(X, X) + ONE)));
    case "acosh":
      return toDouble(logF(X + sqrtF(mulF(X, X) - ONE)));
    case "atanh":
      return toDouble((logF(ONE + X) - logF(ONE - X)) / 2n);
    case "hypot":
      return toDouble(sqrtF(mulF(X, X) + mulF(fixedOf(y), fixedOf(y))));
    case "pow": {
      // Positive integral powers exactly (their ties, such as 41.0 ** 10, round to even).
      if (Number.isInteger(y) && y > 0 && y <= 64) {
        const neg = X < 0n && y % 2 === 1;
        const a = X < 0n ? -X : X;
        const r = toDouble((a ** BigInt(y)) >> (P * BigInt(y - 1)));
        return neg ? -r : r;
      }
      // A negative base has an integral exponent here; its parity gives the sign.
      const r = toDouble(expF(mulF(logF(X < 0n ? -X : X), fixedOf(y))));
      return X < 0n && Math.abs(y % 2) === 1 ? -r : r;
    }
    default:
      throw new Error(`no reference for ${fn}`);
  }
}
