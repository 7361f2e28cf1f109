/**
 * x ** y for doubles, correctly rounded. CPython's float_pow ends in the C library's pow(), which
 * glibc computes correctly rounded (its error bound is 0.52 ulp); JavaScript engines' Math.pow
 * can be a unit off (V8 gives 10 ** -5 === 9.999999999999999e-06 where glibc gives 1e-05). So
 * the engine's result is only a first guess, corrected by comparing y·ln(x) with the logarithm
 * of the rounding boundaries next to it, computed in 200-bit fixed point with BigInt.
 */

const P = 200n; // fixed-point fraction bits

/** atanh(z) · 2 = ln((1 + z) / (1 - z)), z = num / den in fixed point, |z| ≤ 1/3. */
function lnSeries(num: bigint, den: bigint): bigint {
  const z = (num << P) / den;
  const z2 = (z * z) >> P;
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * z2) >> P;
  }
  return 2n * sum;
}

const LN2 = lnSeries(1n, 3n);

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** ln(m · 2^e) in fixed point, m > 0. */
function lnScaled(m: bigint, e: number): bigint {
  // m = f · 2^k with f in [1, 2): ln = ln f + (k + e) ln 2, ln f = 2 atanh((f-1)/(f+1)).
  const k = bitLength(m) - 1;
  const f = m; // f / 2^k in [1, 2)
  const base = 1n << BigInt(k);
  return lnSeries(f - base, f + base) + BigInt(k + e) * LN2;
}

const view = new DataView(new ArrayBuffer(8));

/** A finite positive double as m · 2^e exactly. */
function decompose(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  if (expBits === 0) return [frac, -1074];
  return [frac | (1n << 52n), expBits - 1075];
}

function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

function nextDown(x: number): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}

/** ln((a + b) / 2) for adjacent positive doubles a < b, in fixed point. */
function lnMidpoint(a: number, b: number): bigint {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const e = Math.min(ea, eb);
  const sum = (ma << BigInt(ea - e)) + (mb << BigInt(eb - e));
  return lnScaled(sum, e - 1);
}

/** y · ln(x) in fixed point. */
function yLnX(x: number, y: number): bigint {
  const [mx, ex] = decompose(x);
  const lnx = lnScaled(mx, ex);
  const [my, ey] = decompose(Math.abs(y));
  let prod = lnx * my;
  prod = ey >= 0 ? prod << BigInt(ey) : prod >> BigInt(-ey);
  return y < 0 ? -prod : prod;
}

/** Margin under which the comparison is too close to call (the fixed point's own error). */
const MARGIN = 1n << (P - 150n);

/** The double nearest to num / den (num, den > 0), ties to even; Infinity past the range. */
function roundRatio(num: bigint, den: bigint): number {
  // Scale so the quotient has at least 55 bits: the value is q · 2^-shift, plus a remainder.
  let shift = 55 - (bitLength(num) - bitLength(den));
  const n = shift >= 0 ? num << BigInt(shift) : num;
  const d = shift >= 0 ? den : den << BigInt(-shift);
  let q = n / d;
  const sticky = n % d !== 0n;
  // Doubles below 2^-1022 keep fewer than 53 bits.
  const exponent = bitLength(q) - 1 - shift;
  const keep = exponent < -1022 ? Math.max(0, 53 - (-1022 - exponent)) : 53;
  let drop = bitLength(q) - keep;
  if (drop < 0) {
    q <<= BigInt(-drop);
    shift -= drop;
    drop = 0;
  }
  let mantissa = q >> BigInt(drop);
  const rest = q & ((1n << BigInt(drop)) - 1n);
  const half = drop > 0 ? 1n << BigInt(drop - 1) : 0n;
  if (drop > 0 && (rest > half || (rest === half && (sticky || (mantissa & 1n) === 1n)))) mantissa += 1n;
  return Number(mantissa) * 2 ** (drop - shift);
}

/** x ** n exactly rounded, for an integral n of moderate size. */
function powIntegral(x: number, n: number): number {
  const [m, e] = decompose(x);
  const k = BigInt(Math.abs(n));
  const mp = m ** k;
  const ep = e * Math.abs(n);
  if (n > 0) return ep >= 0 ? roundRatio(mp << BigInt(ep), 1n) : roundRatio(mp, 1n << BigInt(-ep));
  return ep >= 0 ? roundRatio(1n, mp << BigInt(ep)) : roundRatio(1n << BigInt(-ep), mp);
}

/**
 * pow(x, y) for finite x > 0, x ≠ 1, finite y ≠ 0, rounded to nearest: the `pow(iv, iw)` call at
 * the end of float_pow. Infinity and 0 (overflow and underflow) are returned as Math.pow gives
 * them. glibc is not correctly rounded in every case: rarely, a result very near a rounding
 * boundary goes the other way, and an exact tie (41.0 ** 10, 10.0 ** 23) goes either way
 * depending on its internal error; those differ in the last bit.
 */
export function powPositive(x: number, y: number): number {
  let r = Math.pow(x, y);
  if (!Number.isFinite(r) || r === 0) return r;
  // Integral powers are computed exactly (their ties, such as 41 ** 10, round to even).
  if (Number.isInteger(y) && Math.abs(y) <= 1100) return powIntegral(x, y);
  const t = yLnX(x, y);
  // Walk down while the true value is below the lower boundary, up while above the upper one.
  for (let step = 0; step < 4; step++) {
    const down = nextDown(r);
    if (down <= 0) break;
    const d = t - lnMidpoint(down, r);
    if (d < -MARGIN) r = down;
    else break;
  }
  for (let step = 0; step < 4; step++) {
    const up = nextUp(r);
    if (!Number.isFinite(up)) break;
    const d = t - lnMidpoint(r, up);
    if (d > MARGIN) r = up;
    else break;
  }
  return r;
}
