/**
 * The math module (Modules/mathmodule.c). Float functions follow math_1 / math_2: a NaN from a
 * non-NaN argument is "math domain error", an infinity from a finite argument is "math range
 * error" for functions that can overflow and a domain error (a pole) for the others.
 */
import type { PyValue } from "../../objects/core.js";
import { None, typeOf } from "../../objects/core.js";
import { carry, typeError, valueError, zeroDivisionError } from "../../objects/exceptions.js";
import { PyFloat } from "../../objects/float.js";
import { intValue, parseArgs, typeName } from "../../objects/helpers.js";
import { norm } from "../../objects/int.js";
import { PyModule } from "../../objects/misc.js";
import type { Kw, MethodSpec } from "../../objects/native.js";
import { nativeFunctions } from "../../objects/native.js";
import { floatToInt } from "../../objects/numeric/float-int.js";
import { NB, binaryOp } from "../../objects/ops/arith.js";
import { callMethod } from "../../objects/ops/call.js";
import { indexOf } from "../../objects/ops/convert.js";
import { toArray } from "../../objects/ops/iter.js";
import type { Gen } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { Thread } from "../../vm/thread.js";
import { asDouble, domainError, exactly, rangeError } from "./args.js";
import { frexp, ldexp, nextafter, ulp } from "./bits.js";
import { cbrt } from "./cbrt.js";
import { erf, erfc } from "./erf.js";
import { lgamma, tgamma } from "./gamma.js";
import * as libm from "./libm/index.js";
import { comb, factorial, gcd, isqrt, lcm, perm } from "./integer.js";
import { fsum, vectorNorm } from "./sums.js";

const f = (x: number): PyFloat => new PyFloat(x);

/** A one-argument float function with math_1's error rules. */
function unary(name: string, fn: (x: number) => number, canOverflow: boolean): MethodSpec {
  return {
    gen: function* (t, _s, args, kw) {
      exactly(name, args, kw, 1);
      const x = yield* asDouble(t, args[0]!);
      const r = fn(x);
      if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
      if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r))
        throw canOverflow ? rangeError() : domainError();
      return f(r);
    },
  };
}

/** A one-argument function that reports its own errors (math_1a: gamma, lgamma). */
function unaryOwnErrors(name: string, fn: (x: number) => number): MethodSpec {
  return {
    gen: function* (t, _s, args, kw) {
      exactly(name, args, kw, 1);
      return f(fn(yield* asDouble(t, args[0]!)));
    },
  };
}

function* two(t: Thread, name: string, args: PyValue[], kw: Kw): Gen<[number, number]> {
  exactly(name, args, kw, 2);
  return [yield* asDouble(t, args[0]!), yield* asDouble(t, args[1]!)];
}

/** math_2's checks on a two-argument result. */
function check2(x: number, y: number, r: number, canOverflow = false): PyFloat {
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y))
    throw canOverflow ? rangeError() : domainError();
  return f(r);
}

/** A big positive int as x * 2**e with x in [0.5, 1), correctly rounded (_PyLong_Frexp). */
function bigFrexp(n: bigint): [number, number] {
  const len = n.toString(2).length;
  let m: bigint;
  if (len > 64) {
    const shift = BigInt(len - 64);
    m = n >> shift;
    if (m << shift !== n) m |= 1n; // sticky bit: the rounding of Number() then sees the rest
  } else m = n;
  let x = Number(m) * 2 ** -Math.min(len, 64);
  let e = len;
  if (x === 1.0) {
    x = 0.5;
    e += 1;
  }
  return [x, e];
}

/** loghelper: ints of any size (log of their frexp parts when they overflow a double). */
function* logHelper(t: Thread, v: PyValue, fn: (x: number) => number): Gen<number> {
  const iv = intValue(v);
  if (iv !== undefined) {
    if (iv <= 0) throw domainError();
    const x = Number(iv);
    if (Number.isFinite(x)) return fn(x);
    const [m, e] = bigFrexp(BigInt(iv));
    return fn(m) + fn(2.0) * e;
  }
  const x = yield* asDouble(t, v);
  const r = logOf(fn, x);
  return r;
}

/** m_log and friends: log of 0 and of negatives are domain errors; infinities and NaN pass. */
function logOf(fn: (x: number) => number, x: number): number {
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domainError();
  return fn(x);
}

function* roundingMethod(
  t: Thread,
  v: PyValue,
  dunder: string,
  fallback: (x: number) => number,
): Gen<PyValue> {
  if (v instanceof PyFloat && v.type === typeOf(f(0)))
    return norm(carry(() => floatToInt(fallback(v.value))));
  const iv = intValue(v);
  if (iv !== undefined) return iv;
  const m = typeOf(v).lookup(dunder);
  if (m !== null && m !== None) return yield* callMethod(t, m, v, []);
  const x = yield* asDouble(t, v);
  return norm(carry(() => floatToInt(fallback(x))));
}

function* bigIndex(t: Thread, v: PyValue): Gen<bigint> {
  return BigInt(yield* indexOf(t, v));
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOfNaN(y));
  return neg ? -Math.abs(x) : Math.abs(x);
}

const nanView = new DataView(new ArrayBuffer(8));
function signBitOfNaN(y: number): boolean {
  nanView.setFloat64(0, y);
  return (nanView.getUint8(0) & 0x80) !== 0;
}

/** C's fmod: JavaScript's % on doubles is exactly fmod. */
function fmod(x: number, y: number): number {
  return x % y;
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even (m_remainder). */
function remainder(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
  return copysign(1.0, x) * r;
}

/** math.pow with C99's special values, which JavaScript's ** does not all share. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = libm.powFinite(x, y);
  if (Number.isNaN(r)) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

function* intArgs(t: Thread, args: PyValue[]): Gen<bigint[]> {
  const out: bigint[] = [];
  for (const a of args) out.push(yield* bigIndex(t, a));
  return out;
}

const DEG_TO_RAD = Math.PI / 180.0;
const RAD_TO_DEG = 180.0 / Math.PI;

function functions(): Record<string, MethodSpec> {
  return {
    acos: unary("acos", libm.acos, false),
    acosh: unary("acosh", libm.acosh, false),
    asin: unary("asin", libm.asin, false),
    asinh: unary("asinh", libm.asinh, false),
    atan: unary("atan", libm.atan, false),
    atanh: unary("atanh", libm.atanh, false),
    cbrt: unary("cbrt", cbrt, false),
    cos: unary("cos", libm.cos, false),
    cosh: unary("cosh", libm.cosh, true),
    erf: unary("erf", erf, false),
    erfc: unary("erfc", erfc, false),
    exp: unary("exp", libm.exp, true),
    exp2: unary("exp2", libm.exp2, true),
    expm1: unary("expm1", libm.expm1, true),
    fabs: unary("fabs", Math.abs, false),
    gamma: unaryOwnErrors("gamma", tgamma),
    lgamma: unaryOwnErrors("lgamma", lgamma),
    log1p: unary("log1p", libm.log1p, false),
    sin: unary("sin", libm.sin, false),
    sinh: unary("sinh", libm.sinh, true),
    sqrt: unary("sqrt", Math.sqrt, false),
    tan: unary("tan", libm.tan, false),
    tanh: unary("tanh", libm.tanh, false),
    degrees: unary("degrees", (x) => x * RAD_TO_DEG, true),
    radians: unary("radians", (x) => x * DEG_TO_RAD, true),
    atan2: {
      gen: function* (t, _s, args, kw) {
        const [y, x] = yield* two(t, "atan2", args, kw);
        return f(libm.atan2(y, x));
      },
    },
    copysign: {
      gen: function* (t, _s, args, kw) {
        const [x, y] = yield* two(t, "copysign", args, kw);
        return f(copysign(x, y));
      },
    },
    fmod: {
      gen: function* (t, _s, args, kw) {
        const [x, y] = yield* two(t, "fmod", args, kw);
        if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return f(x);
        return check2(x, y, fmod(x, y));
      },
    },
    remainder: {
      gen: function* (t, _s, args, kw) {
        const [x, y] = yield* two(t, "remainder", args, kw);
        return check2(x, y, remainder(x, y));
      },
    },
    pow: {
      gen: function* (t, _s, args, kw) {
        const [x, y] = yield* two(t, "pow", args, kw);
        return f(mathPow(x, y));
      },
    },
    nextafter: {
      gen: function* (t, _s, args, kw) {
        const [x, y] = yield* two(t, "nextafter", args, kw);
        return f(nextafter(x, y));
      },
    },
    ulp: {
      gen: function* (t, _s, args, kw) {
        exactly("ulp", args, kw, 1);
        return f(ulp(yield* asDouble(t, args[0]!)));
      },
    },
    isfinite: {
      gen: function* (t, _s, args, kw) {
        exactly("isfinite", args, kw, 1);
        return Number.isFinite(yield* asDouble(t, args[0]!));
      },
    },
    isinf: {
      gen: function* (t, _s, args, kw) {
        exactly("isinf", args, kw, 1);
        const x = yield* asDouble(t, args[0]!);
        return x === Infinity || x === -Infinity;
      },
    },
    isnan: {
      gen: function* (t, _s, args, kw) {
        exactly("isnan", args, kw, 1);
        return Number.isNaN(yield* asDouble(t, args[0]!));
      },
    },
    isclose: {
      gen: function* (t, _s, args, kw) {
        const [av, bv, rt, at] = parseArgs("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 2, {
          kwOnlyFrom: 2,
        });
        const a = yield* asDouble(t, av!);
        const b = yield* asDouble(t, bv!);
        const relTol = rt === undefined ? 1e-9 : yield* asDouble(t, rt);
        const absTol = at === undefined ? 0.0 : yield* asDouble(t, at);
        if (relTol < 0.0 || absTol < 0.0) throw valueError("tolerances must be non-negative");
        if (a === b) return true;
        if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
        const diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
      },
    },
    frexp: {
      gen: function* (t, _s, args, kw) {
        exactly("frexp", args, kw, 1);
        const [m, e] = frexp(yield* asDouble(t, args[0]!));
        return tupleOf([f(m), e]);
      },
    },
    ldexp: {
      gen: function* (t, _s, args, kw) {
        exactly("ldexp", args, kw, 2);
        const x = yield* asDouble(t, args[0]!);
        const iv = intValue(args[1]!);
        if (iv === undefined) throw typeError("Expected an int as second argument to ldexp.");
        if (x === 0 || !Number.isFinite(x)) return f(x);
        const e = typeof iv === "bigint" ? (iv > 0n ? 100000 : -100000) : iv;
        const r = ldexp(x, Math.max(-100000, Math.min(100000, e)));
        if (!Number.isFinite(r)) throw rangeError();
        return f(r);
      },
    },
    modf: {
      gen: function* (t, _s, args, kw) {
        exactly("modf", args, kw, 1);
        const x = yield* asDouble(t, args[0]!);
        if (!Number.isFinite(x)) {
          if (Number.isNaN(x)) return tupleOf([f(x), f(x)]);
          return tupleOf([f(copysign(0.0, x)), f(x)]);
        }
        const ip = Math.trunc(x);
        return tupleOf([f(copysign(x - ip, x)), f(ip)]);
      },
    },
    floor: {
      gen: function* (t, _s, args, kw) {
        exactly("floor", args, kw, 1);
        return yield* roundingMethod(t, args[0]!, "__floor__", Math.floor);
      },
    },
    ceil: {
      gen: function* (t, _s, args, kw) {
        exactly("ceil", args, kw, 1);
        return yield* roundingMethod(t, args[0]!, "__ceil__", Math.ceil);
      },
    },
    trunc: {
      gen: function* (t, _s, args, kw) {
        exactly("trunc", args, kw, 1);
        const v = args[0]!;
        if (v instanceof PyFloat) return norm(carry(() => floatToInt(v.value)));
        const iv = intValue(v);
        if (iv !== undefined) return iv;
        const m = typeOf(v).lookup("__trunc__");
        if (m === null || m === None) throw typeError(`type ${typeName(v)} doesn't define __trunc__ method`);
        return yield* callMethod(t, m, v, []);
      },
    },
    log: {
      gen: function* (t, _s, args, kw) {
        if (kw !== null && kw.length) throw typeError("log() takes no keyword arguments");
        if (args.length < 1 || args.length > 2)
          throw typeError(
            `log expected ${args.length < 1 ? "at least 1" : "at most 2"} argument${args.length < 1 ? "" : "s"}, got ${args.length}`,
          );
        const num = yield* logHelper(t, args[0]!, libm.log);
        if (args.length === 1) return f(num);
        const den = yield* logHelper(t, args[1]!, libm.log);
        if (den === 0) throw zeroDivisionError("float division by zero");
        return f(num / den);
      },
    },
    log2: {
      gen: function* (t, _s, args, kw) {
        exactly("log2", args, kw, 1);
        return f(yield* logHelper(t, args[0]!, libm.log2));
      },
    },
    log10: {
      gen: function* (t, _s, args, kw) {
        exactly("log10", args, kw, 1);
        return f(yield* logHelper(t, args[0]!, libm.log10));
      },
    },
    fsum: {
      gen: function* (t, _s, args, kw) {
        exactly("fsum", args, kw, 1);
        const items = yield* toArray(t, args[0]!);
        const values: number[] = [];
        for (const item of items) values.push(yield* asDouble(t, item));
        return f(fsum(values));
      },
    },
    hypot: {
      gen: function* (t, _s, args, kw) {
        if (kw !== null && kw.length) throw typeError("hypot() takes no keyword arguments");
        const coords: number[] = [];
        let max = 0.0;
        let foundNan = false;
        for (const a of args) {
          const x = Math.abs(yield* asDouble(t, a));
          coords.push(x);
          foundNan ||= Number.isNaN(x);
          if (x > max) max = x;
        }
        return f(vectorNorm(coords, max, foundNan));
      },
    },
    dist: {
      gen: function* (t, _s, args, kw) {
        exactly("dist", args, kw, 2);
        const p = yield* toArray(t, args[0]!);
        const q = yield* toArray(t, args[1]!);
        if (p.length !== q.length) throw valueError("both points must have the same number of dimensions");
        const diffs: number[] = [];
        let max = 0.0;
        let foundNan = false;
        for (let i = 0; i < p.length; i++) {
          const x = Math.abs((yield* asDouble(t, p[i]!)) - (yield* asDouble(t, q[i]!)));
          diffs.push(x);
          foundNan ||= Number.isNaN(x);
          if (x > max) max = x;
        }
        return f(vectorNorm(diffs, max, foundNan));
      },
    },
    prod: {
      gen: function* (t, _s, args, kw) {
        const [it, start] = parseArgs("prod", args, kw, ["iterable", "start"], 1, { kwOnlyFrom: 1 });
        let acc: PyValue = start ?? 1;
        for (const item of yield* toArray(t, it!)) acc = yield* binaryOp(t, acc, item, NB.MULTIPLY);
        return acc;
      },
    },
    factorial: {
      gen: function* (t, _s, args, kw) {
        exactly("factorial", args, kw, 1);
        const n = yield* bigIndex(t, args[0]!);
        if (n < 0n) throw valueError("factorial() not defined for negative values");
        return norm(factorial(n));
      },
    },
    comb: {
      gen: function* (t, _s, args, kw) {
        exactly("comb", args, kw, 2);
        const n = yield* bigIndex(t, args[0]!);
        const k = yield* bigIndex(t, args[1]!);
        if (n < 0n) throw valueError("n must be a non-negative integer");
        if (k < 0n) throw valueError("k must be a non-negative integer");
        return k > n ? 0 : norm(comb(n, k));
      },
    },
    perm: {
      gen: function* (t, _s, args, kw) {
        if (kw !== null && kw.length) throw typeError("perm() takes no keyword arguments");
        if (args.length < 1 || args.length > 2)
          throw typeError(
            `perm expected ${args.length < 1 ? "at least 1" : "at most 2"} argument${args.length < 1 ? "" : "s"}, got ${args.length}`,
          );
        const n = yield* bigIndex(t, args[0]!);
        if (args.length < 2 || args[1] === None) {
          // perm(n) is factorial(n), errors included.
          if (n < 0n) throw valueError("factorial() not defined for negative values");
          return norm(factorial(n));
        }
        const k = yield* bigIndex(t, args[1]!);
        if (n < 0n) throw valueError("n must be a non-negative integer");
        if (k < 0n) throw valueError("k must be a non-negative integer");
        return k > n ? 0 : norm(perm(n, k));
      },
    },
    isqrt: {
      gen: function* (t, _s, args, kw) {
        exactly("isqrt", args, kw, 1);
        const n = yield* bigIndex(t, args[0]!);
        if (n < 0n) throw valueError("isqrt() argument must be nonnegative");
        return norm(isqrt(n));
      },
    },
    gcd: {
      gen: function* (t, _s, args, kw) {
        if (kw !== null && kw.length) throw typeError("gcd() takes no keyword arguments");
        const ns = yield* intArgs(t, args);
        let g = 0n;
        for (const n of ns) g = gcd(g, n);
        return norm(ns.length === 1 ? (ns[0]! < 0n ? -ns[0]! : ns[0]!) : g);
      },
    },
    lcm: {
      gen: function* (t, _s, args, kw) {
        if (kw !== null && kw.length) throw typeError("lcm() takes no keyword arguments");
        const ns = yield* intArgs(t, args);
        let l = 1n;
        for (const n of ns) l = lcm(l, n);
        return norm(l);
      },
    },
  };
}

function tupleOf(items: PyValue[]): PyValue {
  return new PyTuple(items);
}

export function makeMathModule(): PyModule {
  const m = new PyModule("math");
  const d = m.dict!;
  for (const [name, fn] of nativeFunctions("math", functions())) d.setStr(name, fn);
  d.setStr("pi", f(Math.PI));
  d.setStr("e", f(Math.E));
  d.setStr("tau", f(2 * Math.PI));
  d.setStr("inf", f(Infinity));
  d.setStr("nan", f(NaN));
  return m;
}
