import { PyErrorCarrier } from "../error-carrier.js";

/**
 * int(x) for a float: truncation toward zero (PyLong_FromDouble in Objects/longobject.c), with
 * CPython's errors for infinities and NaN.
 */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new PyErrorCarrier("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x))
    throw new PyErrorCarrier("OverflowError", "cannot convert float infinity to integer");
  return BigInt(Math.trunc(x));
}
