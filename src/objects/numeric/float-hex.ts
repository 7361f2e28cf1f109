import { PyErrorCarrier } from "../error-carrier.js";
import { floatRepr } from "../repr/float.js";

/**
 * float.hex(): follows float_hex in Objects/floatobject.c. Normal numbers print as
 * 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<13 hex digits>p-1022, with no digits stripped.
 */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? "-" : "";
  if (x === 0) return `${sign}0x0.0p+0`;
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? "0" : "1"}.${fraction}p${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}

const ASCII_SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

function invalid(): PyErrorCarrier {
  return new PyErrorCarrier("ValueError", "invalid hexadecimal floating-point string");
}

/**
 * float.fromhex(s): follows float_fromhex in Objects/floatobject.c. Accepts optional ASCII
 * whitespace, a sign, then inf/infinity/nan or [0x]hexdigits[.hexdigits][p[sign]digits]; the
 * value is rounded to the nearest double, ties to even, including into the subnormal range.
 */
export function floatFromHex(s: string): number {
  let i = 0;
  let end = s.length;
  while (i < end && ASCII_SPACE.has(s.charCodeAt(i))) i++;
  while (end > i && ASCII_SPACE.has(s.charCodeAt(end - 1))) end--;
  const text = s.slice(i, end);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
  if (special) {
    const negative = special[1] === "-";
    if (special[2]!.toLowerCase() === "nan") return negative ? -NaN : NaN;
    return negative ? -Infinity : Infinity;
  }
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(text);
  if (!m) throw invalid();
  const intDigits = m[2] ?? "";
  const fracDigits = m[3] ?? "";
  if (intDigits.length + fracDigits.length === 0) throw invalid();
  const negative = m[1] === "-";
  const mant = BigInt("0x" + (intDigits + fracDigits || "0"));
  if (mant === 0n) return negative ? -0 : 0;
  const exp = BigInt(m[4] ?? "0") - BigInt(4 * fracDigits.length);
  const value = scaleToDouble(mant, exp);
  if (value === null)
    throw new PyErrorCarrier("OverflowError", "hexadecimal value too large to represent as a float");
  return negative ? -value : value;
}

/**
 * mant × 2^exp (mant > 0) rounded to the nearest double, ties to even; null when it overflows.
 * Exact: the 53 (or fewer, for subnormals) kept bits are rounded on the BigInt, and the double
 * is assembled from its bits.
 */
export function scaleToDouble(mant: bigint, exp: bigint): number | null {
  const bits = mant.toString(2).length;
  const top = BigInt(bits - 1) + exp; // weight of the leading bit
  if (top >= 1024n) return null;
  if (top < -1075n) return 0; // below half the smallest subnormal
  // Keep the bits down to weight 2^-1074 (subnormal) or 53 bits (normal).
  const lowest = top >= -1022n ? top - 52n : -1074n;
  let m = mant;
  let e = exp;
  if (lowest > e) {
    const shift = lowest - e;
    const kept = m >> shift;
    const rest = m - (kept << shift);
    const half = 1n << (shift - 1n);
    m = rest > half || (rest === half && (kept & 1n) === 1n) ? kept + 1n : kept;
    e = lowest;
  } else if (e > lowest) {
    // Exact already; normalise so the mantissa fills 53 bits (normal numbers only).
    m <<= e - lowest;
    e = lowest;
  }
  if (m === 1n << 53n) {
    m >>= 1n;
    e += 1n;
  }
  const view = new DataView(new ArrayBuffer(8));
  if (m >= 1n << 52n) {
    const biased = e + 52n + 1023n;
    if (biased >= 2047n) return null;
    view.setBigUint64(0, (biased << 52n) | (m - (1n << 52n)));
  } else {
    // Subnormal (or rounded up into the smallest normal, which the branch above catches).
    view.setBigUint64(0, m);
  }
  return view.getFloat64(0);
}
