/** The methods of `int` and `bool` (Objects/longobject.c, boolobject.c). */
import { PySurrogateStr } from "./str-surrogate.js";
import { reprCodePoints } from "./repr/str.js";
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, boolType, bytesType, floatType, intType, typeOf } from "./core.js";
import { PyBaseException, carry, overflowError, typeError, valueError } from "./exceptions.js";
import { fastRaise } from "./raised.js";
import { PyFloat } from "./float.js";
import { formatInt } from "./format/format-int.js";
import { PyIntSubclass, intValue, strValue, typeName } from "./helpers.js";
import type { PyInt } from "./int.js";
import {
  big,
  intAbs,
  intBitLength,
  intDivmod,
  intInvert,
  intNeg,
  intPowMod,
  intToFloat,
  norm,
} from "./int.js";
import { bytesLike } from "./bytes-methods.js";
import { PyByteArray, PyBytes } from "./misc.js";
import type { Kw } from "./native.js";
import { defineClassMethods, defineGetSets, defineMethods, defineStatic } from "./native.js";
import { floatToInt } from "./numeric/float-int.js";
import { intFromBytes, intFromStr, invalidIntLiteral } from "./numeric/int-parse.js";
import { intToDecimal } from "./numeric/int-str.js";
import { BINARY_DUNDER, NB, REFLECTED_DUNDER, intBinary } from "./ops/arith.js";
import { call, callMethod } from "./ops/call.js";
import { LT, LE, EQ, NE, GT, GE, CMP_DUNDER } from "./ops/compare.js";
import { indexOf, intResult, isTrue } from "./ops/convert.js";
import { intHash } from "./ops/hash.js";
import { roundInt } from "./round.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";
import { parseArgs } from "./helpers.js";

/** The int value of self in an int method (a bool, an int subclass instance or an int). */
function self_(self: PyValue, name: string): PyInt {
  const v = intValue(self);
  if (v === undefined)
    throw typeError(`descriptor '${name}' requires a 'int' object but received a '${typeName(self)}'`);
  return v;
}

/** Wraps an int result for the class that asked (int subclasses keep their value in PyIntSubclass). */
export function makeInt(cls: PyType, v: PyInt): PyValue {
  if (cls === intType) return v;
  return new PyIntSubclass(cls, v);
}

/** int(x=0, base=10) without the class: the value. */
export function* intFromValue(t: Thread, x: PyValue, base: PyValue | undefined): Gen<PyInt> {
  if (base !== undefined) {
    const b = yield* indexOf(t, base);
    if (x instanceof PySurrogateStr) return carry(() => invalidIntLiteral(big(b), reprCodePoints(x.cps)));
    const s = strValue(x);
    if (s !== undefined) return norm(carry(() => intFromStr(s, big(b), t.interp.intStrLimit)));
    if (x instanceof PyBytes || x instanceof PyByteArray)
      return norm(carry(() => intFromBytes(x.bytes, big(b), t.interp.intStrLimit)));
    throw typeError("int() can't convert non-string with explicit base");
  }
  const iv = intValue(x);
  if (iv !== undefined) return iv;
  if (x instanceof PyFloat) return norm(carry(() => floatToInt(x.value)));
  if (x instanceof PySurrogateStr) return carry(() => invalidIntLiteral(10, reprCodePoints(x.cps)));
  const s = strValue(x);
  if (s !== undefined) return norm(carry(() => intFromStr(s, 10, t.interp.intStrLimit)));
  // Any buffer (memoryview too) is parsed as text, as PyNumber_Long does.
  const buf = bytesLike(x);
  if (buf !== undefined) return norm(carry(() => intFromBytes(buf, 10, t.interp.intStrLimit)));
  const tp = typeOf(x);
  for (const name of ["__int__", "__index__"]) {
    const m = tp.lookup(name);
    if (m !== null && m !== None) {
      const r = yield* callMethod(t, m, x, []);
      const rv = yield* intResult(t, r, name);
      if (rv === undefined) throw typeError(`${name} returned non-int (type ${typeName(r)})`);
      return rv;
    }
  }
  const tr = tp.lookup("__trunc__");
  if (tr !== null && tr !== None) {
    const r = yield* callMethod(t, tr, x, []);
    const rv = intValue(r);
    if (rv !== undefined) return rv;
    return yield* indexOf(t, r);
  }
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`,
  );
}

function* intNew(t: Thread, _self: PyValue, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  const cls = args[0] as PyType;
  const [x, base] = parseArgs("int", args.slice(1), kwnames, ["x", "base"], 0, { posOnly: 1 });
  if (x === undefined) {
    if (base !== undefined) throw typeError("int() missing string argument");
    return makeInt(cls, 0);
  }
  return makeInt(cls, yield* intFromValue(t, x, base));
}

/** A binary int method: NotImplemented unless the other operand is an int. */
function binary(op: number, reflected: boolean) {
  return (_t: Thread, self: PyValue, args: PyValue[]): PyValue => {
    const a = intValue(self);
    const b = intValue(args[0]!);
    if (a === undefined || b === undefined) return NotImplemented;
    return (reflected ? intBinary(b, a, op) : intBinary(a, b, op)) ?? NotImplemented;
  };
}

function compare(op: number) {
  return (_t: Thread, self: PyValue, args: PyValue[]): PyValue => {
    const a = intValue(self);
    const b = intValue(args[0]!);
    if (a === undefined || b === undefined) return NotImplemented;
    switch (op) {
      case LT:
        return a < b;
      case LE:
        return a <= b;
      case EQ:
        return a === b;
      case NE:
        return a !== b;
      case GT:
        return a > b;
      default:
        return a >= b;
    }
  };
}

function intPow(_t: Thread, self: PyValue, args: PyValue[]): PyValue {
  const a = intValue(self);
  const b = intValue(args[0]!);
  const m = args[1];
  if (a === undefined || b === undefined) return NotImplemented;
  if (m !== undefined && m !== None) {
    const mv = intValue(m);
    if (mv === undefined) return NotImplemented;
    return intPowMod(a, b, mv);
  }
  return intBinary(a, b, NB.POWER)!;
}

function intRpow(_t: Thread, self: PyValue, args: PyValue[]): PyValue {
  const a = intValue(args[0]!);
  const b = intValue(self);
  if (a === undefined || b === undefined) return NotImplemented;
  return intBinary(a, b, NB.POWER)!;
}

function intRepr(v: PyInt, t: Thread): string {
  return carry(() => intToDecimal(v, t.interp.intStrLimit));
}

/** to_bytes/from_bytes's byteorder (a str, 'little' or 'big'); undefined means 'big'. */
function byteOrder(name: string, v: PyValue | undefined): "little" | "big" {
  if (v === undefined) return "big";
  const order = strValue(v);
  if (order === undefined) throw typeError(`${name}() argument 'byteorder' must be str, not ${typeName(v)}`);
  if (order !== "big" && order !== "little") throw valueError("byteorder must be either 'little' or 'big'");
  return order;
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) (int_to_bytes_impl). */
function* toBytes(t: Thread, self: PyValue, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  const v = big(self_(self, "to_bytes"));
  const [lengthV, orderV, signedV] = parseArgs(
    "to_bytes",
    args,
    kwnames,
    ["length", "byteorder", "signed"],
    0,
    {
      kwOnlyFrom: 2,
    },
  );
  const lengthI = lengthV === undefined ? 1 : yield* indexOf(t, lengthV);
  const order = byteOrder("to_bytes", orderV);
  const signed = signedV === undefined ? false : yield* isTrue(t, signedV);
  if (lengthI < 0) throw valueError("length argument must be non-negative");
  if (typeof lengthI === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  const length = lengthI;
  if (!signed && v < 0n) throw overflowError("can't convert negative int to unsigned");
  const limit = 1n << BigInt(8 * length);
  const tooBig = length === 0 ? v !== 0n : signed ? v >= limit / 2n || v < -limit / 2n : v >= limit;
  if (tooBig) throw overflowError("int too big to convert");
  let u = v < 0n ? v + limit : v;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  if (order === "little") out.reverse();
  return new PyBytes(out);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) (int_from_bytes_impl). */
function* fromBytes(t: Thread, cls: PyValue, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  const [bytesV, orderV, signedV] = parseArgs(
    "from_bytes",
    args,
    kwnames,
    ["bytes", "byteorder", "signed"],
    1,
    {
      kwOnlyFrom: 2,
    },
  );
  const order = byteOrder("from_bytes", orderV);
  const signed = signedV === undefined ? false : yield* isTrue(t, signedV);
  // PyObject_Bytes: the buffer, __bytes__, or bytes(iterable of ints).
  const src = bytesV!;
  // PyBytes_FromObject takes no str and no count, unlike bytes().
  if (typeof src === "string" || intValue(src) !== undefined)
    throw typeError(`cannot convert '${typeName(src)}' object to bytes`);
  const data = (yield* call(t, bytesType, [src])) as PyBytes;
  const bytes = order === "little" ? data.bytes.slice().reverse() : data.bytes;
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (signed && bytes.length > 0 && bytes[0]! & 0x80) v -= 1n << BigInt(8 * bytes.length);
  const n = norm(v);
  // A subclass is called with the int (bool.from_bytes gives a bool).
  if (cls === intType) return n;
  return yield* call(t, cls, [n]);
}

/**
 * int(s) of up to 15 ASCII digits and nothing else (no sign, space or underscore): the value;
 * undefined for every other str, which the full parser handles.
 */
function decimalDigitsFast(s: string): PyValue | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  return v;
}

export function initIntType(): void {
  intType.alloc = (t) => new PyIntSubclass(t, 0);
  defineStatic(intType, { __new__: { gen: intNew } });
  // int(x) of an int, bool or float needs no method call.
  intType.callFast = (t, _cls, args, kw) => {
    if (kw !== null || args.length !== 1) return undefined;
    const x = args[0]!;
    if (typeof x === "number") return x;
    if (typeof x === "boolean") return x ? 1 : 0;
    if (typeof x === "string") {
      const quick = decimalDigitsFast(x);
      if (quick !== undefined) return quick;
      // Signs, spaces, underscores, long or invalid literals: the full parser, as intNew would
      // run it; a ValueError is raised from here (RAISED) rather than through type_call.
      try {
        return norm(carry(() => intFromStr(x, 10, t.interp.intStrLimit)));
      } catch (e) {
        if (e instanceof PyBaseException) return fastRaise(e);
        throw e;
      }
    }
    if (x instanceof PyFloat && x.type === floatType && Number.isFinite(x.value)) {
      const r = Math.trunc(x.value);
      return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : undefined;
    }
    return undefined;
  };
  const methods: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __repr__: (t, self) => intRepr(self_(self, "__repr__"), t),
    __hash__: (_t, self) => intHash(self_(self, "__hash__")),
    __bool__: (_t, self) => self_(self, "__bool__") !== 0,
    __index__: (_t, self) => self_(self, "__index__"),
    __int__: (_t, self) => self_(self, "__int__"),
    __float__: (_t, self) => new PyFloat(carry(() => intToFloat(self_(self, "__float__")))),
    __trunc__: (_t, self) => self_(self, "__trunc__"),
    __floor__: (_t, self) => self_(self, "__floor__"),
    __ceil__: (_t, self) => self_(self, "__ceil__"),
    __round__: (_t, self, args) => {
      const v = self_(self, "__round__");
      if (args.length === 0 || args[0] === None) return v;
      const nd = intValue(args[0]!);
      if (nd === undefined)
        throw typeError(`'${typeName(args[0]!)}' object cannot be interpreted as an integer`);
      return roundInt(v, nd);
    },
    __neg__: (_t, self) => intNeg(self_(self, "__neg__")),
    __pos__: (_t, self) => self_(self, "__pos__"),
    __abs__: (_t, self) => intAbs(self_(self, "__abs__")),
    __invert__: (_t, self) => intInvert(self_(self, "__invert__")),
    __divmod__: (_t, self, args) => {
      const a = intValue(self);
      const b = intValue(args[0]!);
      if (a === undefined || b === undefined) return NotImplemented;
      return new PyTuple(intDivmod(a, b));
    },
    __rdivmod__: (_t, self, args) => {
      const a = intValue(args[0]!);
      const b = intValue(self);
      if (a === undefined || b === undefined) return NotImplemented;
      return new PyTuple(intDivmod(a, b));
    },
    __pow__: intPow,
    __rpow__: intRpow,
    __format__: (t, self, args) => {
      const spec = strValue(args[0] ?? "");
      if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(args[0]!)}`);
      return carry(() => formatInt(self_(self, "__format__"), spec, typeName(self), t.interp.intStrLimit));
    },
    bit_length: (_t, self) => intBitLength(self_(self, "bit_length")),
    bit_count: (_t, self) => {
      let v = big(self_(self, "bit_count"));
      if (v < 0n) v = -v;
      let n = 0;
      for (const c of v.toString(2)) if (c === "1") n++;
      return n;
    },
    conjugate: (_t, self) => self_(self, "conjugate"),
    as_integer_ratio: (_t, self) => new PyTuple([self_(self, "as_integer_ratio"), 1]),
    to_bytes: { gen: toBytes },
    __getnewargs__: (_t, self) => new PyTuple([self_(self, "__getnewargs__")]),
    __sizeof__: (_t, self) => {
      const v = self_(self, "__sizeof__");
      const digits = Math.max(1, Math.ceil(intBitLength(v) / 30));
      return 24 + 4 * (v === 0 ? 0 : digits);
    },
  };
  for (let op = 0; op < 13; op++) {
    if (op === NB.MATRIX_MULTIPLY || op === NB.POWER) continue;
    methods[BINARY_DUNDER[op]!] = binary(op, false);
    methods[REFLECTED_DUNDER[op]!] = binary(op, true);
  }
  [LT, LE, EQ, NE, GT, GE].forEach((op) => (methods[CMP_DUNDER[op]!] = compare(op)));
  defineMethods(intType, methods);
  defineClassMethods(intType, { from_bytes: { gen: fromBytes } });
  defineGetSets(intType, {
    real: { get: (_t, self) => self_(self, "real") },
    imag: { get: () => 0 },
    numerator: { get: (_t, self) => self_(self, "numerator") },
    denominator: { get: () => 1 },
  });

  // bool: int with its own repr, and &, |, ^ that stay bool for two bools.
  defineStatic(boolType, {
    __new__: {
      gen: function* (t, _self, args, kwnames) {
        if (kwnames !== null && kwnames.length > 0) throw typeError("bool() takes no keyword arguments");
        if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
        if (args.length < 2) return false;
        return yield* isTrue(t, args[1]!);
      },
    },
  });
  const boolOp = (op: "and" | "or" | "xor") => (_t: Thread, self: PyValue, args: PyValue[]) => {
    const o = args[0]!;
    if (typeof self === "boolean" && typeof o === "boolean") {
      return op === "and" ? self && o : op === "or" ? self || o : self !== o;
    }
    const a = intValue(self);
    const b = intValue(o);
    if (a === undefined || b === undefined) return NotImplemented;
    return intBinary(a, b, op === "and" ? NB.AND : op === "or" ? NB.OR : NB.XOR)!;
  };
  defineMethods(boolType, {
    __repr__: (_t, self) => (self === true ? "True" : "False"),
    __and__: boolOp("and"),
    __rand__: boolOp("and"),
    __or__: boolOp("or"),
    __ror__: boolOp("or"),
    __xor__: boolOp("xor"),
    __rxor__: boolOp("xor"),
  });
}
