/**
 * Exact decimal expansion of doubles with BigInt, for the digit strings CPython takes from
 * David Gay's _Py_dg_dtoa (Python/dtoa.c) in modes 2 and 3. Those are correctly rounded from the
 * exact binary value, ties going to the even digit. JavaScript's toFixed / toPrecision round
 * ties up and stop at 100 digits, so they cannot be used.
 */
import { assert } from "./assert.js";

/** |x| = mant × 2^exp exactly, with mant a non-negative integer. x must be finite. */
export function decompose(x: number): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  assert(biased !== 0x7ff, "decompose of a non-finite double");
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant: fraction, exp: -1074 };
  return { mant: fraction | (1n << 52n), exp: biased - 1075 };
}

const pow10Cache: bigint[] = [1n];
export function pow10(n: number): bigint {
  assert(n >= 0 && Number.isInteger(n), "pow10 of a negative or fractional exponent");
  if (n < 512) {
    for (let i = pow10Cache.length; i <= n; i++) pow10Cache.push(pow10Cache[i - 1]! * 10n);
    return pow10Cache[n]!;
  }
  return 10n ** BigInt(n);
}

/** mant × 2^exp × 10^scale as an exact fraction num / den. */
function scaled(mant: bigint, exp: number, scale: number): { num: bigint; den: bigint } {
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return { num, den };
}

/** round(num / den), ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** A digit string in dtoa's convention: value = 0.DIGITS × 10^decpt, no trailing zeros. */
export interface Digits {
  readonly digits: string;
  readonly decpt: number;
}

function stripped(s: string, decpt: number): Digits {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 0x30) end--;
  return { digits: s.slice(0, end), decpt };
}

/**
 * Whether |x| × 10^s lies exactly halfway between two integers: the one case where
 * ECMAScript's toFixed / toExponential (which round halves up) can differ from dtoa (which
 * rounds them to even). Conservative: true whenever it cannot decide cheaply.
 */
export function isHalfway(x: number, s: number): boolean {
  const a = Math.abs(x);
  if (s >= 0) {
    // 10^s = 2^s × 5^s and 5^s is odd, so |x| × 10^s is a half-integer exactly when the lowest
    // set bit of |x| has weight 2^-(s+1). Scaling by powers of two is exact.
    if (s > 1000) return true;
    return Number.isInteger(a * 2 ** (s + 1)) && !Number.isInteger(a * 2 ** s);
  }
  const t = -s;
  if (a >= 2 ** 53) return true;
  if (t > 16 || !Number.isInteger(a)) return false; // 2|x| < 10^17 cannot be a multiple of 10^t
  const q = (2 * a) / 10 ** t;
  return Number.isInteger(q) && q % 2 === 1;
}

/** Digits in dtoa's convention from the decimal text of toFixed / toExponential's mantissa. */
function fromPositional(text: string): Digits {
  const point = text.indexOf(".");
  const intLength = point < 0 ? text.length : point;
  const all = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  let lead = 0;
  while (lead < all.length && all.charCodeAt(lead) === 0x30) lead++;
  if (lead === all.length) return { digits: "0", decpt: 1 };
  return stripped(all.slice(lead), intLength - lead);
}

/**
 * dtoa mode 3: |x| correctly rounded to `ndigits` places after the decimal point (ndigits may be
 * negative: round to tens, hundreds, ...). A result of zero is digits "0" with decpt 1.
 */
export function fixedDigits(x: number, ndigits: number): Digits {
  // Fast path: toFixed is exact except that it rounds halves up.
  if (ndigits >= 0 && ndigits <= 100 && Math.abs(x) < 1e21 && !isHalfway(x, ndigits)) {
    return fromPositional(Math.abs(x).toFixed(ndigits));
  }
  const { mant, exp } = decompose(x);
  const { num, den } = scaled(mant, exp, ndigits);
  const n = roundHalfEven(num, den);
  if (n === 0n) return { digits: "0", decpt: 1 };
  const s = n.toString();
  return stripped(s, s.length - ndigits);
}

/** floor(log10(|x|)) exactly, for finite non-zero x. */
export function decimalExponent(x: number): number {
  const { mant, exp } = decompose(x);
  let k = Math.floor(Math.log10(Math.abs(x)));
  // The estimate can be off by one next to a power of ten; settle it exactly.
  for (;;) {
    const { num, den } = scaled(mant, exp, -k);
    if (num < den) k--;
    else if (num >= den * 10n) k++;
    else return k;
  }
}

/**
 * dtoa mode 2: |x| correctly rounded to `ndigits` (>= 1) significant digits. Zero is "0" with
 * decpt 1.
 */
export function significantDigits(x: number, ndigits: number): Digits {
  assert(ndigits >= 1, "significantDigits needs at least one digit");
  if (x === 0) return { digits: "0", decpt: 1 };
  if (ndigits <= 101) {
    // Fast path: toExponential is exact except that it rounds halves up. Its exponent is the
    // decimal exponent, or one more when rounding carried (9.99 -> 1.00e+1), so both scales
    // are checked for a halfway case.
    const text = Math.abs(x).toExponential(ndigits - 1);
    const e = text.indexOf("e");
    const k = Number(text.slice(e + 1));
    if (!isHalfway(x, ndigits - 1 - k) && !isHalfway(x, ndigits - k)) {
      const { digits } = fromPositional(text.slice(0, e));
      return { digits, decpt: k + 1 };
    }
  }
  const { mant, exp } = decompose(x);
  const k = decimalExponent(x);
  const { num, den } = scaled(mant, exp, ndigits - 1 - k);
  const n = roundHalfEven(num, den);
  // Rounding up to 10^ndigits carries into a new leading digit.
  if (n === pow10(ndigits)) return { digits: "1", decpt: k + 2 };
  return stripped(n.toString(), k + 1);
}
