/** The methods of `float` and `complex` (Objects/floatobject.c, complexobject.c). */
import { PySurrogateStr } from "./str-surrogate.js";
import { reprCodePoints } from "./repr/str.js";
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, complexType, floatType, typeOf } from "./core.js";
import {
  attributeError,
  carry,
  overflowError,
  typeError,
  valueError,
  zeroDivisionError,
} from "./exceptions.js";
import { PyComplex, PyFloat, complexPow, floatDivmod } from "./float.js";
import { formatFloat } from "./format/format-float.js";
import { roundFloat, roundFloatToInt } from "./format/round.js";
import { intValue, strValue, typeName, parseArgs } from "./helpers.js";
import { intToFloat, norm } from "./int.js";
import { bytesLike } from "./bytes-methods.js";
import { defineClassMethods, defineGetSets, defineMethods, defineStatic } from "./native.js";
import { floatToInt } from "./numeric/float-int.js";
import { floatFromBytes, floatFromStr } from "./numeric/float-parse.js";
import { decimalValue, isSpace as isUnicodeSpace } from "./numeric/unicode-digits.js";
import { floatAsIntegerRatio } from "./numeric/float-ratio.js";
import { floatFromHex, floatHex } from "./numeric/float-hex.js";
import { NB, floatBinary, BINARY_DUNDER, REFLECTED_DUNDER } from "./ops/arith.js";
import { callMethod } from "./ops/call.js";
import { floatResultWarning, intResult } from "./ops/convert.js";
import { CMP_DUNDER, EQ, GE, GT, LE, LT, NE } from "./ops/compare.js";
import { floatHash, normHash } from "./ops/hash.js";
import { hashComplex } from "./hash/numeric.js";
import { complexRepr } from "./repr/complex.js";
import { formatComplex } from "./format/format-complex.js";
import { floatRepr } from "./repr/float.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";
import * as libm from "../modules/math/libm/index.js";

/** The float value of self in a float method. */
function fv(self: PyValue): number {
  if (self instanceof PyFloat) return self.value;
  throw typeError(`descriptor requires a 'float' object but received a '${typeName(self)}'`);
}

/** A number operand as a float, or undefined when it is not an int or float. */
function asDouble(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  return i === undefined ? undefined : intToFloat(i);
}

export function makeFloat(cls: PyType, x: number): PyValue {
  return new PyFloat(x, cls);
}

/** float(x) as a number: str / bytes parsing, __float__, __index__. */
export function* floatFromValue(t: Thread, x: PyValue): Gen<number> {
  if (x instanceof PyFloat) return x.value;
  const i = intValue(x);
  if (i !== undefined) return carry(() => intToFloat(i));
  // A str with lone surrogates is never a number (float_from_string_inner's message).
  if (x instanceof PySurrogateStr)
    throw valueError(`could not convert string to float: ${reprCodePoints(x.cps)}`);
  const s = strValue(x);
  if (s !== undefined) return carry(() => floatFromStr(s));
  // Any buffer (memoryview too) is parsed as text, as PyFloat_FromString does.
  const buf = bytesLike(x);
  if (buf !== undefined) return carry(() => floatFromBytes(buf));
  const tp = typeOf(x);
  const f = tp.lookup("__float__");
  if (f !== null && f !== None) {
    const r = yield* callMethod(t, f, x, []);
    if (!(r instanceof PyFloat))
      throw typeError(`${tp.name}.__float__ returned non-float (type ${typeName(r)})`);
    yield* floatResultWarning(t, x, r);
    return r.value;
  }
  const idx = tp.lookup("__index__");
  if (idx !== null && idx !== None) {
    const r = yield* callMethod(t, idx, x, []);
    const ri = yield* intResult(t, r, "__index__");
    if (ri === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
    return carry(() => intToFloat(ri));
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

function binary(op: number, reflected: boolean) {
  return (_t: Thread, self: PyValue, args: PyValue[]): PyValue => {
    const a = asDouble(self);
    const b = asDouble(args[0]!);
    if (a === undefined || b === undefined) return NotImplemented;
    return (reflected ? floatBinary(b, a, op) : floatBinary(a, b, op)) ?? NotImplemented;
  };
}

function compare(op: number) {
  return (_t: Thread, self: PyValue, args: PyValue[]): PyValue => {
    const a = fv(self);
    const o = args[0]!;
    const b: number | bigint | undefined = o instanceof PyFloat ? o.value : intValue(o);
    if (b === undefined) return NotImplemented;
    switch (op) {
      case LT:
        return a < b;
      case LE:
        return a <= b;
      case EQ:
        return a == b;
      case NE:
        return a != b;
      case GT:
        return a > b;
      default:
        return a >= b;
    }
  };
}

function complexReprOf(c: PyComplex): string {
  return complexRepr(c.real, c.imag);
}

function asComplex(v: PyValue): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  const d = asDouble(v);
  return d === undefined ? undefined : [d, 0];
}

function complexBinary(op: number, reflected: boolean) {
  return (_t: Thread, self: PyValue, args: PyValue[]): PyValue => {
    let a = asComplex(self);
    let b = asComplex(args[0]!);
    if (a === undefined || b === undefined) return NotImplemented;
    if (reflected) [a, b] = [b, a];
    const [ar, ai] = a;
    const [br, bi] = b;
    switch (op) {
      case NB.ADD:
        return new PyComplex(ar + br, ai + bi);
      case NB.SUBTRACT:
        return new PyComplex(ar - br, ai - bi);
      case NB.MULTIPLY:
        return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
      case NB.TRUE_DIVIDE: {
        if (br === 0 && bi === 0) throw zeroDivisionError("complex division by zero");
        // Smith's algorithm, as _Py_c_quot.
        if (Math.abs(br) >= Math.abs(bi)) {
          const ratio = bi / br;
          const denom = br + bi * ratio;
          return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        const ratio = br / bi;
        const denom = br * ratio + bi;
        return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
      }
      case NB.POWER: {
        // complex_pow: small integral exponents multiply exactly (c_powi) instead of polar form.
        const [r, i] =
          bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100
            ? complexPowi(ar, ai, br)
            : complexPow(ar, ai, br, bi);
        // _Py_ADJUST_ERANGE2: an infinite part is reported as a range error.
        if (Math.abs(r) === Infinity || Math.abs(i) === Infinity)
          throw overflowError("complex exponentiation");
        return new PyComplex(r, i);
      }
      default:
        return NotImplemented;
    }
  };
}

/**
 * complex == x (complex_richcompare): an int compares with the real part exactly (as
 * float == int does, without rounding the int), other numbers as complex values.
 */
function complexEquals(c: PyComplex, other: PyValue): PyValue {
  const iv = intValue(other);
  if (iv !== undefined) {
    if (c.imag !== 0 || !Number.isInteger(c.real)) return false;
    return BigInt(c.real) === BigInt(iv);
  }
  const o = asComplex(other);
  if (o === undefined) return NotImplemented;
  return c.real === o[0] && c.imag === o[1];
}

export function initFloatType(): void {
  defineStatic(floatType, {
    __new__: {
      gen: function* (t, _self, args, kwnames) {
        const cls = args[0] as PyType;
        // float_new's Argument Clinic wrapper refuses keywords before parsing (_PyArg_NoKeywords).
        if (kwnames !== null && kwnames.length > 0) throw typeError("float() takes no keyword arguments");
        const [x] = parseArgs("float", args.slice(1), kwnames, ["x"], 0, { posOnly: 1 });
        if (x === undefined) return makeFloat(cls, 0);
        return makeFloat(cls, yield* floatFromValue(t, x));
      },
    },
  });
  const methods: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __repr__: (_t, self) => floatRepr(fv(self)),
    __hash__: (_t, self) => floatHash(self as PyFloat),
    __bool__: (_t, self) => fv(self) !== 0,
    __float__: (_t, self) =>
      self instanceof PyFloat && self.type === floatType ? self : new PyFloat(fv(self)),
    __int__: (_t, self) => norm(carry(() => floatToInt(fv(self)))),
    __trunc__: (_t, self) => norm(carry(() => floatToInt(fv(self)))),
    __floor__: (_t, self) => norm(carry(() => floatToInt(Math.floor(fv(self))))),
    __ceil__: (_t, self) => norm(carry(() => floatToInt(Math.ceil(fv(self))))),
    __round__: (_t, self, args) => {
      const x = fv(self);
      if (args.length === 0 || args[0] === None) return norm(carry(() => roundFloatToInt(x)));
      const nd = intValue(args[0]!);
      if (nd === undefined)
        throw typeError(`'${typeName(args[0]!)}' object cannot be interpreted as an integer`);
      return new PyFloat(carry(() => roundFloat(x, typeof nd === "bigint" ? nd : BigInt(nd))));
    },
    __neg__: (_t, self) => new PyFloat(-fv(self)),
    __pos__: (_t, self) => new PyFloat(fv(self)),
    __abs__: (_t, self) => new PyFloat(Math.abs(fv(self))),
    __divmod__: (_t, self, args) => {
      const a = asDouble(self);
      const b = asDouble(args[0]!);
      if (a === undefined || b === undefined) return NotImplemented;
      const [q, r] = floatDivmod(a, b);
      return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    },
    __rdivmod__: (_t, self, args) => {
      const a = asDouble(args[0]!);
      const b = asDouble(self);
      if (a === undefined || b === undefined) return NotImplemented;
      const [q, r] = floatDivmod(a, b);
      return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    },
    __pow__: (_t, self, args) => {
      if (args[1] !== undefined && args[1] !== None) {
        throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
      }
      const a = asDouble(self);
      const b = asDouble(args[0]!);
      if (a === undefined || b === undefined) return NotImplemented;
      return floatBinary(a, b, NB.POWER)!;
    },
    __rpow__: (_t, self, args) => {
      const a = asDouble(args[0]!);
      const b = asDouble(self);
      if (a === undefined || b === undefined) return NotImplemented;
      return floatBinary(a, b, NB.POWER)!;
    },
    __format__: (_t, self, args) => {
      const spec = strValue(args[0] ?? "");
      if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(args[0]!)}`);
      return carry(() => formatFloat(fv(self), spec, typeName(self)));
    },
    is_integer: (_t, self) => Number.isInteger(fv(self)),
    as_integer_ratio: (_t, self) => {
      const [n, d] = carry(() => floatAsIntegerRatio(fv(self)));
      return new PyTuple([norm(n), norm(d)]);
    },
    hex: (_t, self) => floatHex(fv(self)),
    conjugate: (_t, self) => new PyFloat(fv(self)),
    __getnewargs__: (_t, self) => new PyTuple([new PyFloat(fv(self))]),
  };
  for (const op of [NB.ADD, NB.SUBTRACT, NB.MULTIPLY, NB.TRUE_DIVIDE, NB.FLOOR_DIVIDE, NB.REMAINDER]) {
    methods[BINARY_DUNDER[op]!] = binary(op, false);
    methods[REFLECTED_DUNDER[op]!] = binary(op, true);
  }
  [LT, LE, EQ, NE, GT, GE].forEach((op) => (methods[CMP_DUNDER[op]!] = compare(op)));
  defineMethods(floatType, methods);
  defineClassMethods(floatType, {
    __getformat__: (_t, _cls, args) => {
      const kind = strValue(args[0]!);
      if (kind === undefined)
        throw typeError(`__getformat__() argument must be str, not ${typeName(args[0]!)}`);
      if (kind !== "double" && kind !== "float")
        throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
      // Typed arrays use the host's byte order, which is what CPython reports.
      return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
        ? "IEEE, little-endian"
        : "IEEE, big-endian";
    },
    fromhex: (_t, cls, args) => {
      const s = strValue(args[0]!);
      // float_fromhex reads its argument with PyUnicode_AsUTF8AndSize (PyErr_BadArgument).
      if (s === undefined) throw typeError("bad argument type for built-in operation");
      return makeFloat(
        cls as PyType,
        carry(() => floatFromHex(s)),
      );
    },
  });
  defineGetSets(floatType, {
    real: { get: (_t, self) => new PyFloat(fv(self)) },
    imag: { get: () => new PyFloat(0) },
  });

  // complex
  defineStatic(complexType, {
    __new__: {
      gen: function* (t, _self, args, kwnames) {
        const cls = args[0] as PyType;
        const [re, im] = parseArgs("complex", args.slice(1), kwnames, ["real", "imag"], 0);
        let r = 0;
        let i = 0;
        // complex_new adds the first argument's imaginary part only when it was complex: an
        // imag of -0.0 with a real first argument stays -0.0.
        let reComplex = false;
        if (re !== undefined) {
          const cm =
            re instanceof PyComplex && re.type === complexType ? null : typeOf(re).lookup("__complex__");
          // complex_new rejects a string paired with a second argument before anything else.
          if (strValue(re) !== undefined && im !== undefined)
            throw typeError("complex() can't take second arg if first is a string");
          if (im !== undefined && strValue(im) !== undefined)
            throw typeError("complex() second arg can't be a string");
          if (typeof re === "string") {
            const parsed = parseComplex(re);
            if (parsed === null) throw valueError("complex() arg is a malformed string");
            [r, i] = parsed;
          } else if (cm !== null && typeof re !== "string") {
            // try_complex_special_method comes before the number protocols.
            const c = yield* callMethod(t, cm, re, []);
            if (!(c instanceof PyComplex))
              throw typeError(`__complex__ returned non-complex (type ${typeName(c)})`);
            [r, i] = [c.real, c.imag];
            reComplex = true;
          } else if (re instanceof PyComplex) {
            [r, i] = [re.real, re.imag];
            reComplex = true;
          } else if (
            intValue(re) !== undefined ||
            re instanceof PyFloat ||
            typeOf(re).lookup("__float__") !== null ||
            typeOf(re).lookup("__index__") !== null
          ) {
            r = yield* floatFromValue(t, re);
          } else {
            throw typeError(`complex() first argument must be a string or a number, not '${typeName(re)}'`);
          }
        }

        if (im !== undefined) {
          if (im instanceof PyComplex) {
            r -= im.imag;
            i = reComplex ? i + im.real : im.real;
          } else if (
            intValue(im) !== undefined ||
            im instanceof PyFloat ||
            typeOf(im).lookup("__float__") !== null ||
            typeOf(im).lookup("__index__") !== null
          ) {
            const v = yield* floatFromValue(t, im);
            i = reComplex ? i + v : v;
          } else {
            throw typeError(`complex() second argument must be a number, not '${typeName(im)}'`);
          }
        }
        return new PyComplex(r, i, cls);
      },
    },
  });
  const cm: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __repr__: (_t, self) => complexReprOf(self as PyComplex),
    __hash__: (_t, self) =>
      normHash(
        hashComplex((self as PyComplex).real, (self as PyComplex).imag, BigInt((self as PyComplex).id)),
      ),
    __bool__: (_t, self) => (self as PyComplex).real !== 0 || (self as PyComplex).imag !== 0,
    __neg__: (_t, self) => new PyComplex(-(self as PyComplex).real, -(self as PyComplex).imag),
    __pos__: (_t, self) => self,
    __abs__: (_t, self) => new PyFloat(libm.hypot((self as PyComplex).real, (self as PyComplex).imag)),
    conjugate: (_t, self) => new PyComplex((self as PyComplex).real, -(self as PyComplex).imag),
    __getnewargs__: (_t, self) =>
      new PyTuple([new PyFloat((self as PyComplex).real), new PyFloat((self as PyComplex).imag)]),
    __eq__: (_t, self, args) => complexEquals(self as PyComplex, args[0]!),
    __ne__: (_t, self, args) => {
      const r = complexEquals(self as PyComplex, args[0]!);
      return r === NotImplemented ? r : !r;
    },
    __format__: (_t, self, args) => {
      const spec = strValue(args[0] ?? "");
      if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(args[0]!)}`);
      const c = self as PyComplex;
      return carry(() => formatComplex(c.real, c.imag, spec, typeName(self)));
    },
  };
  for (const op of [NB.ADD, NB.SUBTRACT, NB.MULTIPLY, NB.TRUE_DIVIDE, NB.POWER]) {
    cm[BINARY_DUNDER[op]!] = complexBinary(op, false);
    cm[REFLECTED_DUNDER[op]!] = complexBinary(op, true);
  }
  const complexPowMethod = complexBinary(NB.POWER, false);
  cm.__pow__ = (t: Thread, self: PyValue, args: PyValue[]) => {
    // complex_pow accepts a third argument only to reject it.
    if (args.length > 1 && args[1] !== None) throw valueError("complex modulo");
    return complexPowMethod(t, self, args);
  };
  defineMethods(complexType, cm);
  defineGetSets(complexType, {
    real: { get: (_t, self) => new PyFloat((self as PyComplex).real), set: readonlyMember },
    imag: { get: (_t, self) => new PyFloat((self as PyComplex).imag), set: readonlyMember },
  });
}

/** A READONLY member (complex.real, .imag) refuses assignment with this message (PyMember_SetOne). */
export function readonlyMember(): never {
  throw attributeError("readonly attribute");
}

/** c_powu / c_powi in Objects/complexobject.c: repeated squaring, 1/x for negative n. */
function complexPowi(ar: number, ai: number, n: number): [number, number] {
  const powu = (xr: number, xi: number, m: number): [number, number] => {
    let rr = 1;
    let ri = 0;
    let mask = 1;
    let pr = xr;
    let pi = xi;
    while (mask > 0 && m >= mask) {
      if (m & mask) [rr, ri] = [rr * pr - ri * pi, rr * pi + ri * pr];
      mask <<= 1;
      [pr, pi] = [pr * pr - pi * pi, pr * pi + pi * pr];
    }
    return [rr, ri];
  };
  if (n > 0) return powu(ar, ai, n);
  const [xr, xi] = powu(ar, ai, -n);
  // _Py_c_quot(c_1, x)
  if (xr === 0 && xi === 0) throw zeroDivisionError("0.0 to a negative or complex power");
  if (Math.abs(xr) >= Math.abs(xi)) {
    const ratio = xi / xr;
    const denom = xr + xi * ratio;
    return [(1 + 0 * ratio) / denom, (0 - 1 * ratio) / denom];
  }
  const ratio = xr / xi;
  const denom = xr * ratio + xi;
  return [(1 * ratio + 0) / denom, (0 * ratio - 1) / denom];
}

/** complex('1+2j') and friends (a small subset of complex_from_string_inner). */
const COMPLEX_FLOAT = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/iy;

/** A float at text[pos] as PyOS_string_to_double reads one: [value, end], or null. */
function complexFloatAt(text: string, pos: number): [number, number] | null {
  COMPLEX_FLOAT.lastIndex = pos;
  const m = COMPLEX_FLOAT.exec(text);
  if (m === null) return null;
  const lit = m[0].toLowerCase();
  const sign = lit.startsWith("-") ? -1 : 1;
  const body = lit.replace(/^[+-]/, "");
  const v = body.startsWith("inf") ? sign * Infinity : body === "nan" ? NaN : Number(lit);
  return [v, pos + m[0].length];
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII, as complex_subtype_from_string applies it first:
 * Unicode whitespace becomes " " and decimal digits their ASCII digit (CPython 3.11's Unicode
 * database); anything else past ASCII ends the text with "?", which no grammar accepts.
 */
function decimalAndSpaceToAscii(input: string): string {
  let out = "";
  for (const ch of input) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isUnicodeSpace(cp)) out += " ";
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + "?";
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

/**
 * complex(str), following complex_from_string_inner in Objects/complexobject.c: optional
 * parentheses and outer whitespace, then <float>, <float>j, <float><signed-float>j,
 * <float><sign>j, <sign>j or j. Underscores are allowed only between digits, and dropped first.
 */
function parseComplex(input: string): [number, number] | null {
  let s = decimalAndSpaceToAscii(input);
  if (s.includes("_")) {
    if (/(?<!\d)_|_(?!\d)/.test(s)) return null;
    s = s.replace(/_/g, "");
  }
  const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
  let pos = 0;
  while (isSpace(s[pos])) pos++;
  const bracket = s[pos] === "(";
  if (bracket) {
    pos++;
    while (isSpace(s[pos])) pos++;
  }
  let x = 0;
  let y = 0;
  const isJ = (c: string | undefined): boolean => c === "j" || c === "J";
  const z = complexFloatAt(s, pos);
  if (z !== null) {
    pos = z[1];
    if (s[pos] === "+" || s[pos] === "-") {
      x = z[0];
      const w = complexFloatAt(s, pos);
      if (w !== null) [y, pos] = w;
      else y = s[pos++] === "+" ? 1 : -1;
      if (!isJ(s[pos])) return null;
      pos++;
    } else if (isJ(s[pos])) {
      pos++;
      y = z[0];
    } else x = z[0];
  } else {
    if (s[pos] === "+" || s[pos] === "-") y = s[pos++] === "+" ? 1 : -1;
    else y = 1;
    if (!isJ(s[pos])) return null;
    pos++;
  }
  while (isSpace(s[pos])) pos++;
  if (bracket) {
    if (s[pos] !== ")") return null;
    pos++;
    while (isSpace(s[pos])) pos++;
  }
  return pos === s.length ? [x, y] : null;
}
