/** round() for ints (long_round in Objects/longobject.c): half to even at 10**-ndigits. */
import type { PyInt } from "./int.js";
import { big, norm } from "./int.js";

export function roundInt(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  const pow = 10n ** big(-big(ndigits));
  const x = big(v);
  // q, r = divmod(x, pow) with floor semantics, then round half to even.
  let q = x / pow;
  let r = x % pow;
  if (r < 0n) {
    r += pow;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) q += 1n;
  return norm(q * pow);
}
