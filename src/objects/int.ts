/**
 * int arithmetic on the two representations of a Python int: a JS number while the value is a
 * safe integer, a bigint beyond. Every result is normalised (norm), so each int value has one
 * representation and `===` is value equality. Follows Objects/longobject.c for semantics and
 * messages (floor division and modulo round toward negative infinity, true division is
 * correctly rounded, shifts reject negative counts).
 */
import { overflowError, valueError, zeroDivisionError } from "./exceptions.js";

export type PyInt = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;

/** The canonical representation of a bigint value. */
export function norm(b: bigint): PyInt {
  return b >= MIN_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b;
}

export function big(a: PyInt): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

export function isSafe(x: number): boolean {
  return x <= MAX_SAFE && x >= -MAX_SAFE;
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : norm(-a);
}

export function intAbs(a: PyInt): PyInt {
  return typeof a === "number" ? Math.abs(a) : norm(a < 0n ? -a : a);
}

export function intSign(a: PyInt): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

/** Floor division (l_divmod): rounds toward negative infinity. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (b === 0) throw zeroDivisionError("integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    // a / b can round across an integer for large operands: verify with the remainder.
    const q = Math.floor(a / b);
    const r = a - q * b;
    if (isSafe(q * b) && (b > 0 ? r >= 0 && r < b : r <= 0 && r > b)) return q + 0;
  }
  const x = big(a);
  const y = big(b);
  // One BigInt division: truncation already floors when the signs agree, and otherwise the
  // remainder's sign is read from q * y (a product, far cheaper than a second division).
  let q = x / y;
  if (x < 0n !== y < 0n && q * y !== x) q -= 1n;
  return norm(q);
}

/** Modulo with the sign of the divisor. */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (b === 0) throw zeroDivisionError("integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    const m = r !== 0 && r < 0 !== b < 0 ? r + b : r;
    return m === 0 ? 0 : m;
  }
  const x = big(a);
  const y = big(b);
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return norm(r);
}

export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0) throw zeroDivisionError("integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") return [intFloorDiv(a, b), intMod(a, b)];
  // l_divmod: one BigInt division, the remainder from it, both moved toward negative
  // infinity when the remainder's sign differs from the divisor's.
  const x = big(a);
  const y = big(b);
  let q = x / y;
  let r = x - q * y;
  if (r !== 0n && r < 0n !== y < 0n) {
    q -= 1n;
    r += y;
  }
  return [norm(q), norm(r)];
}

/** int / int: correctly rounded (long_true_divide). */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0) throw zeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const x = big(a);
  const y = big(b);
  const neg = x < 0n !== y < 0n;
  const n = x < 0n ? -x : x;
  const d = y < 0n ? -y : y;
  const r = divideRounded(n, d);
  if (r === Infinity) throw overflowError("integer division result too large for a float");
  return neg ? -r : r;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** n / d for positive bigints, rounded half-even to a double (or Infinity past the range). */
function divideRounded(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  // Scale so the integer quotient q has 54-56 bits; `sticky` remembers a non-zero remainder.
  const s = 55 - (bitLength(n) - bitLength(d));
  const num = s > 0 ? n << BigInt(s) : n;
  const den = s < 0 ? d << BigInt(-s) : d;
  let q = num / den;
  const sticky = num % den !== 0n;
  const qbits = bitLength(q);
  const e = qbits - 1 - s; // value is in [2^e, 2^(e+1))
  if (e > 1023) return Infinity;
  // Keep 53 significant bits, fewer for subnormals (the last kept bit is worth 2^-1074).
  const keep = e >= -1022 ? 53 : 53 - (-1022 - e);
  const drop = qbits - keep;
  if (drop > 0) {
    const lower = q & ((1n << BigInt(drop)) - 1n);
    q >>= BigInt(drop);
    const half = 1n << BigInt(drop - 1);
    if (lower > half || (lower === half && (sticky || (q & 1n) === 1n))) q += 1n;
  }
  return Number(q) * 2 ** (Math.max(drop, 0) - s);
}

/** int -> float (PyLong_AsDouble): correctly rounded; OverflowError past the float range. */
export function intToFloat(a: PyInt): number {
  if (typeof a === "number") return a;
  const r = Number(a);
  if (!Number.isFinite(r)) throw overflowError("int too large to convert to float");
  return r;
}

export function intLshift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw valueError("negative shift count");
  if (a === 0) return 0;
  if (typeof b === "bigint" || b > 1e7) throw overflowError("too many digits in integer");
  if (typeof a === "number" && b < 31) {
    const r = a * 2 ** b;
    if (isSafe(r)) return r;
  }
  return norm(big(a) << BigInt(b));
}

export function intRshift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw valueError("negative shift count");
  if (typeof b === "bigint") return a < 0 ? -1 : 0;
  if (typeof a === "number") {
    // A non-negative int32 shifts as one: the common `x >> k` of bit fiddling.
    if (b < 32 && a >= 0 && a <= 0x7fffffff) return a >> b;
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  return norm(a >> BigInt(b));
}

function bitwise(
  a: PyInt,
  b: PyInt,
  op: (x: bigint, y: bigint) => bigint,
  small: (x: number, y: number) => number,
): PyInt {
  if (
    typeof a === "number" &&
    typeof b === "number" &&
    a >= -0x80000000 &&
    a <= 0x7fffffff &&
    b >= -0x80000000 &&
    b <= 0x7fffffff
  ) {
    return small(a, b);
  }
  return norm(op(big(a), big(b)));
}

export const intAnd = (a: PyInt, b: PyInt): PyInt => {
  // A big int masked by a non-negative int32 (`x & 0x7FFFFFFF` after a multiplication that
  // left the safe range): only its low 32 bits matter, in two's complement as for any int.
  if (typeof a === "bigint" && typeof b === "number" && b >= 0 && b <= 0x7fffffff) {
    return Number(BigInt.asUintN(32, a)) & b;
  }
  if (typeof b === "bigint" && typeof a === "number" && a >= 0 && a <= 0x7fffffff) {
    return Number(BigInt.asUintN(32, b)) & a;
  }
  return bitwise(
    a,
    b,
    (x, y) => x & y,
    (x, y) => x & y,
  );
};
export const intOr = (a: PyInt, b: PyInt): PyInt =>
  bitwise(
    a,
    b,
    (x, y) => x | y,
    (x, y) => x | y,
  );
export const intXor = (a: PyInt, b: PyInt): PyInt =>
  bitwise(
    a,
    b,
    (x, y) => x ^ y,
    (x, y) => x ^ y,
  );

export function intInvert(a: PyInt): PyInt {
  return typeof a === "number" ? -a - 1 : norm(-a - 1n);
}

/** int ** int with a non-negative exponent (the negative case is a float power, see float.ts). */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (isSafe(r)) return r;
  }
  if (typeof b === "bigint") {
    if (a === 0 || a === 1) return a;
    if (a === -1) return b % 2n === 0n ? 1 : -1;
    throw overflowError("exponent too large");
  }
  return norm(big(a) ** BigInt(b));
}

/** pow(a, b, m) for ints (long_pow with a modulus), including negative exponents via the inverse. */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  if (m === 0) throw valueError("pow() 3rd argument cannot be 0");
  let base = big(a);
  let exp = big(b);
  const mod = big(m);
  const absMod = mod < 0n ? -mod : mod;
  if (exp < 0n) {
    base = modInverse(base, absMod);
    exp = -exp;
  }
  let result = 1n % absMod;
  base = ((base % absMod) + absMod) % absMod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % absMod;
    base = (base * base) % absMod;
    exp >>= 1n;
  }
  if (mod < 0n && result !== 0n) result += mod;
  return norm(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

export function intCompare(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intBitLength(a: PyInt): number {
  if (typeof a === "number") {
    const x = Math.abs(a);
    return x === 0 ? 0 : x < 2 ** 31 ? 32 - Math.clz32(x) : bitLength(BigInt(x));
  }
  return bitLength(a < 0n ? -a : a);
}

/** Converts a JS number known to be integral (e.g. a float's floor) to a normalised int. */
export function intFromIntegralNumber(x: number): PyInt {
  return isSafe(x) ? (x === 0 ? 0 : x) : BigInt(x);
}
