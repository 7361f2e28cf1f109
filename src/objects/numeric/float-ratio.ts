import { PyErrorCarrier } from "../error-carrier.js";
import { decompose } from "../format/decimal.js";

/**
 * float.as_integer_ratio(): the exact value as a fraction in lowest terms with a positive
 * denominator (float_as_integer_ratio in Objects/floatobject.c).
 */
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw new PyErrorCarrier("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x))
    throw new PyErrorCarrier("OverflowError", "cannot convert Infinity to integer ratio");
  let { mant, exp } = decompose(x);
  if (mant === 0n) return [0n, 1n];
  while (exp < 0 && (mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  const sign = x < 0 ? -1n : 1n;
  if (exp >= 0) return [sign * (mant << BigInt(exp)), 1n];
  return [sign * mant, 1n << BigInt(-exp)];
}
