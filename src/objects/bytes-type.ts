/**
 * `bytes` and `bytearray` (Objects/bytesobject.c, bytearrayobject.c): constructors, operators,
 * reprs and bytearray's mutations. The methods both share live in bytes-methods.ts.
 */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, bytearrayType, bytesType, strType, typeOf } from "./core.js";
import {
  bv,
  bytesFromInts,
  bytesLike,
  fromHex,
  make,
  maketrans,
  needBuffer,
  sharedBytesMethods,
} from "./bytes-methods.js";
import { decodeBytes, encodeStr } from "./codecs.js";
import { PySurrogateStr } from "./str-surrogate.js";
import { decodeWithHandler, registeredErrorHandler } from "./codec-errors.js";
import { E, indexError, newException, typeError, valueError } from "./exceptions.js";
import { intValue, parseArgs, strValue, typeName } from "./helpers.js";
import { PyByteArrayIter, PyBytesIter } from "./iterators.js";
import { PyByteArray, PyBytes, PySlice } from "./misc.js";
import type { Kw, MethodSpec } from "./native.js";
import { defineClassMethods, defineMethods, defineStatic } from "./native.js";
import { callMethod } from "./ops/call.js";
import { CMP_DUNDER, EQ, GE, GT, LE, LT, NE, cmpResult } from "./ops/compare.js";
import { indexOf, indexSize } from "./ops/convert.js";
import { bytesHash } from "./ops/hash.js";
import { markSequenceSlots, repeatCount } from "./ops/sequence-slots.js";
import { bytesLikeBody, bytesRepr } from "./repr/str.js";
import { sliceIndices } from "./slice-type.js";
import { bytesPercentFormat } from "./str-format.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";

export { bytesLike };

/** Is v iterable as far as bytes(v) cares (has __iter__ or the __getitem__ protocol)? */
function isIterable(v: PyValue): boolean {
  const tp = typeOf(v);
  const it = tp.lookup("__iter__");
  if (it !== null && it !== None) return true;
  return tp.lookup("__getitem__") !== null;
}

/** bytes(x) / bytearray(x) contents (bytes_new_impl / bytearray___init___impl). */
function* fromSource(
  t: Thread,
  src: PyValue | undefined,
  encoding: PyValue | undefined,
  errors: PyValue | undefined,
  name: "bytes" | "bytearray",
): Gen<Uint8Array> {
  if (src === undefined) {
    if (encoding !== undefined || errors !== undefined)
      throw typeError(
        encoding !== undefined ? "encoding without a string argument" : "errors without a string argument",
      );
    return new Uint8Array(0);
  }
  const s = src instanceof PySurrogateStr ? src : strValue(src);
  if (s !== undefined) {
    if (encoding === undefined) throw typeError("string argument without an encoding");
    return encodeStr(
      s,
      strValue(encoding) ?? "utf-8",
      errors === undefined ? "strict" : (strValue(errors) ?? "strict"),
    );
  }
  if (encoding !== undefined) throw typeError("encoding without a string argument");
  if (errors !== undefined) throw typeError("errors without a string argument");
  const b = bytesLike(src);
  if (b !== undefined) return b.slice();
  const n = intValue(src);
  if (n !== undefined) {
    if (n < 0) throw valueError("negative count");
    return new Uint8Array(Number(n));
  }
  const tp = typeOf(src);
  if (tp.lookup("__index__") !== null) {
    const k = yield* indexSize(t, src);
    if (k < 0) throw valueError("negative count");
    return new Uint8Array(k);
  }
  if (!isIterable(src)) throw typeError(`cannot convert '${typeName(src)}' object to ${name}`);
  return yield* bytesFromInts(t, src, name);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function repeat(a: Uint8Array, k: number): Uint8Array {
  if (k <= 0 || a.length === 0) return new Uint8Array(0);
  if (a.length * k > 0x7fffffff) throw newException(E.MemoryError);
  const out = new Uint8Array(a.length * k);
  for (let i = 0; i < k; i++) out.set(a, i * a.length);
  return out;
}

/** The operations both types share that are not plain methods: operators, iteration, decode. */
function operators(): Record<string, MethodSpec> {
  const m: Record<string, MethodSpec> = {
    __iter__: (_t, self) =>
      self instanceof PyByteArray ? new PyByteArrayIter(self) : new PyBytesIter(bv(self)),
    // Sequence slots (see ops/sequence-slots.ts): these raise, the operators try others first.
    __add__: (_t, self, args) => {
      const o = bytesLike(args[0]!);
      if (o === undefined) throw typeError(`can't concat ${typeName(args[0]!)} to ${typeName(self)}`);
      return make(self, concat(bv(self), o));
    },
    __mul__: {
      gen: function* (t, self, args) {
        const n = yield* repeatCount(t, args[0]!);
        const b = bv(self);
        if (self instanceof PyBytes && self.type === bytesType && n === 1) return self;
        if (n > 0 && b.length * n > 2 ** 31) throw newException(E.MemoryError);
        return make(self, repeat(b, n));
      },
    },
    __mod__: {
      gen: function* (t, self, args) {
        return make(self, yield* bytesPercentFormat(t, bv(self), args[0]!));
      },
    },
    __rmod__: () => NotImplemented,
    decode: {
      gen: function* (t, self, args, kw) {
        const [enc, errs] = parseArgs("decode", args, kw, ["encoding", "errors"], 0);
        const encoding = enc === undefined ? "utf-8" : (strValue(enc) ?? "utf-8");
        const errors = errs === undefined ? "strict" : (strValue(errs) ?? "strict");
        const handler = registeredErrorHandler(errors);
        if (handler !== undefined) return yield* decodeWithHandler(t, bv(self), encoding, handler);
        return decodeBytes(bv(self), encoding, errors);
      },
    },
  };
  m.__rmul__ = m.__mul__!;
  const cmp = (op: number) => (_t: Thread, self: PyValue, args: PyValue[]) => {
    const o = args[0]!;
    // bytes compares only with bytes (and bytearray with any buffer); str never compares equal.
    const ob = self instanceof PyByteArray ? bytesLike(o) : o instanceof PyBytes ? o.bytes : undefined;
    if (ob === undefined) return NotImplemented;
    return cmpResult(compareBytes(bv(self), ob), op);
  };
  for (const op of [LT, LE, EQ, NE, GT, GE]) m[CMP_DUNDER[op]!] = cmp(op);
  return m;
}

// ---- bytearray mutation ----

function resizeCheck(a: PyByteArray): void {
  if (a.exports > 0) throw newException(E.BufferError, "Existing exports of data: object cannot be re-sized");
}

/** Replaces a[lo, hi) with repl (bytearray_setslice_linear); repl must not alias a's storage. */
function spliceBytes(a: PyByteArray, lo: number, hi: number, repl: Uint8Array): void {
  const removed = hi - lo;
  if (removed === repl.length) {
    a.buf.set(repl, lo);
    return;
  }
  resizeCheck(a);
  const oldSize = a.size;
  const n = oldSize - removed + repl.length;
  if (n <= a.buf.length) {
    a.buf.copyWithin(lo + repl.length, hi, oldSize);
    a.buf.set(repl, lo);
  } else {
    // Grows by half again, as PyByteArray_Resize over-allocates, so appends are amortised.
    const buf = new Uint8Array(Math.max(n, n + (n >> 3) + 6, (a.buf.length * 3) >> 1));
    buf.set(a.buf.subarray(0, lo));
    buf.set(repl, lo);
    buf.set(a.buf.subarray(hi, oldSize), lo + repl.length);
    a.buf = buf;
  }
  a.size = n;
}

function byteValue(v: PyInt): number {
  if (v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
  return Number(v);
}
type PyInt = number | bigint;

function* byteArg(t: Thread, v: PyValue): Gen<number> {
  return byteValue(yield* indexOf(t, v));
}

/** The replacement bytes of a slice assignment (bytearray_ass_subscript). */
function* sliceValue(t: Thread, self: PyByteArray, v: PyValue): Gen<Uint8Array> {
  if (v === self) return self.bytes.slice();
  const b = bytesLike(v);
  if (b !== undefined) return b.slice();
  if (typeof v === "string" || isNumber(v))
    throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  if (v === None) throw typeError("cannot convert 'NoneType' object to bytearray");
  return yield* fromSource(t, v, undefined, undefined, "bytearray");
}

/** PyNumber_Check: has __index__, __int__, __float__ or is complex. */
function isNumber(v: PyValue): boolean {
  if (typeof v !== "object") return typeof v !== "string";
  const tp = v.type;
  if (tp.isSubtype(strType)) return false;
  return (
    tp.lookup("__index__") !== null ||
    tp.lookup("__int__") !== null ||
    tp.lookup("__float__") !== null ||
    tp.lookup("__complex__") !== null
  );
}

function checkIndexKey(k: PyValue): void {
  if (intValue(k) === undefined && !(typeof k === "object" && k.type.lookup("__index__") !== null))
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(k)}`);
}

function* setItem(t: Thread, a: PyByteArray, k: PyValue, v: PyValue): Gen<void> {
  if (k instanceof PySlice) {
    const len = a.size;
    const r = yield* sliceIndices(t, k, len);
    const repl = yield* sliceValue(t, a, v);
    if (r.step === 1) {
      const stop = Math.max(r.start, r.start + r.length);
      spliceBytes(a, r.start, stop, repl);
      return;
    }
    if (repl.length !== r.length)
      throw valueError(
        `attempt to assign bytes of size ${repl.length} to extended slice of size ${r.length}`,
      );
    const buf = a.bytes;
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) buf[j] = repl[i]!;
    return;
  }
  checkIndexKey(k);
  let i = yield* indexSize(t, k);
  if (i < 0) i += a.size;
  if (i < 0 || i >= a.size) throw indexError("bytearray index out of range");
  a.buf[i] = yield* byteArg(t, v);
}

function* delItem(t: Thread, a: PyByteArray, k: PyValue): Gen<void> {
  if (k instanceof PySlice) {
    const r = yield* sliceIndices(t, k, a.size);
    if (r.length === 0) return;
    resizeCheck(a);
    if (r.step === 1) {
      spliceBytes(a, r.start, r.start + r.length, new Uint8Array(0));
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) drop.add(j);
    const old = a.bytes;
    const out = new Uint8Array(old.length - drop.size);
    let o = 0;
    for (let i = 0; i < old.length; i++) if (!drop.has(i)) out[o++] = old[i]!;
    a.bytes = out;
    return;
  }
  checkIndexKey(k);
  let i = yield* indexSize(t, k);
  if (i < 0) i += a.size;
  if (i < 0 || i >= a.size) throw indexError("bytearray index out of range");
  spliceBytes(a, i, i + 1, new Uint8Array(0));
}

function ba(self: PyValue): PyByteArray {
  if (self instanceof PyByteArray) return self;
  throw typeError(`descriptor requires a 'bytearray' object but received a '${typeName(self)}'`);
}

function exactArgs(name: string, args: PyValue[], kw: Kw, n: number): void {
  if (kw !== null && kw.length > 0) throw typeError(`bytearray.${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 0) throw typeError(`bytearray.${name}() takes no arguments (${args.length} given)`);
    if (n === 1) throw typeError(`bytearray.${name}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
  }
}

function* extendWith(t: Thread, a: PyByteArray, src: PyValue): Gen<void> {
  let add: Uint8Array | undefined = bytesLike(src);
  if (add !== undefined) add = add.slice();
  else {
    // A str is iterated like any iterable: its first character is not an integer.
    if (typeof src !== "string" && !isIterable(src))
      throw typeError(`can't extend bytearray with ${typeName(src)}`);
    add = yield* bytesFromInts(t, src, "bytearray");
  }
  spliceBytes(a, a.size, a.size, add);
}

function bytearrayMethods(): Record<string, MethodSpec> {
  return {
    __init__: {
      gen: function* (t, self, args, kw) {
        const [src, enc, errs] = parseArgs("bytearray", args, kw, ["source", "encoding", "errors"], 0);
        const a = ba(self);
        const b = yield* fromSource(t, src, enc, errs, "bytearray");
        if (a.size !== b.length) resizeCheck(a);
        a.bytes = b;
        return None;
      },
    },
    __repr__: (_t, self) => `${typeOf(self).name}(b${bytesLikeBody(bv(self), true)})`,
    __alloc__: (_t, self) => ba(self).buf.length + 1,
    __setitem__: {
      gen: function* (t, self, args) {
        yield* setItem(t, ba(self), args[0]!, args[1]!);
        return None;
      },
    },
    __delitem__: {
      gen: function* (t, self, args) {
        yield* delItem(t, ba(self), args[0]!);
        return None;
      },
    },
    __iadd__: (_t, self, args) => {
      const a = ba(self);
      const o = bytesLike(args[0]!);
      if (o === undefined) throw typeError(`can't concat ${typeName(args[0]!)} to ${typeName(self)}`);
      spliceBytes(a, a.size, a.size, o.slice());
      return a;
    },
    __imul__: {
      gen: function* (t, self, args) {
        const a = ba(self);
        const k = yield* repeatCount(t, args[0]!);
        if (k > 0 && a.size * k > 2 ** 31) throw newException(E.MemoryError);
        if (k !== 1) {
          const out = repeat(a.bytes, k);
          if (out.length !== a.size) resizeCheck(a);
          a.bytes = out;
        }
        return a;
      },
    },
    append: {
      gen: function* (t, self, args, kw) {
        exactArgs("append", args, kw, 1);
        const a = ba(self);
        const v = yield* byteArg(t, args[0]!);
        resizeCheck(a);
        spliceBytes(a, a.size, a.size, new Uint8Array([v]));
        return None;
      },
    },
    extend: {
      gen: function* (t, self, args, kw) {
        exactArgs("extend", args, kw, 1);
        yield* extendWith(t, ba(self), args[0]!);
        return None;
      },
    },
    insert: {
      gen: function* (t, self, args, kw) {
        exactArgs("insert", args, kw, 2);
        const a = ba(self);
        let i = yield* indexSize(t, args[0]!);
        const v = yield* byteArg(t, args[1]!);
        const n = a.size;
        if (i < 0) i = Math.max(0, i + n);
        if (i > n) i = n;
        resizeCheck(a);
        spliceBytes(a, i, i, new Uint8Array([v]));
        return None;
      },
    },
    pop: {
      gen: function* (t, self, args, kw) {
        if (kw !== null && kw.length > 0) throw typeError("bytearray.pop() takes no keyword arguments");
        if (args.length > 1) throw typeError(`pop expected at most 1 argument, got ${args.length}`);
        const a = ba(self);
        let i = args.length === 0 ? -1 : yield* indexSize(t, args[0]!);
        if (a.size === 0) throw indexError("pop from empty bytearray");
        if (i < 0) i += a.size;
        if (i < 0 || i >= a.size) throw indexError("pop index out of range");
        const v = a.buf[i]!;
        resizeCheck(a);
        spliceBytes(a, i, i + 1, new Uint8Array(0));
        return v;
      },
    },
    remove: {
      gen: function* (t, self, args, kw) {
        exactArgs("remove", args, kw, 1);
        const a = ba(self);
        const v = yield* byteArg(t, args[0]!);
        const i = a.bytes.indexOf(v);
        if (i < 0) throw valueError("value not found in bytearray");
        resizeCheck(a);
        spliceBytes(a, i, i + 1, new Uint8Array(0));
        return None;
      },
    },
    clear: (_t, self, args, kw) => {
      exactArgs("clear", args, kw, 0);
      const a = ba(self);
      resizeCheck(a);
      a.bytes = new Uint8Array(0);
      return None;
    },
    copy: (_t, self, args, kw) => {
      exactArgs("copy", args, kw, 0);
      return new PyByteArray(ba(self).bytes.slice());
    },
    reverse: (_t, self, args, kw) => {
      exactArgs("reverse", args, kw, 0);
      ba(self).bytes.reverse();
      return None;
    },
    __reduce_ex__: (_t, self) => reduceBytearray(ba(self)),
    __reduce__: (_t, self) => reduceBytearray(ba(self)),
  };
}

/** bytearray_reduce_ex: (type, (latin-1 text, 'latin-1'), __dict__ or None). */
function reduceBytearray(a: PyByteArray): PyValue {
  const text = String.fromCharCode(...a.bytes);
  const args = a.size === 0 ? new PyTuple([]) : new PyTuple([text, "latin-1"]);
  return new PyTuple([a.type, args, a.dict ?? None]);
}

export function initBytesTypes(): void {
  defineStatic(bytesType, {
    __new__: {
      gen: function* (t, _self, args, kw) {
        const cls = args[0] as PyType;
        const [src, enc, errs] = parseArgs("bytes", args.slice(1), kw, ["source", "encoding", "errors"], 0);
        if (
          src instanceof PyBytes &&
          src.type === bytesType &&
          cls === bytesType &&
          enc === undefined &&
          errs === undefined
        )
          return src;
        if (src !== undefined && enc === undefined && errs === undefined && typeof src === "object") {
          const m = typeOf(src).lookup("__bytes__");
          if (m !== null) {
            const r = yield* callMethod(t, m, src, []);
            if (!(r instanceof PyBytes))
              throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
            return cls === bytesType ? r : new PyBytes(r.bytes, cls);
          }
        }
        return new PyBytes(yield* fromSource(t, src, enc, errs, "bytes"), cls);
      },
    },
    maketrans: (_t, _self, args, kw) => maketrans(args, kw),
  });
  defineMethods(bytesType, {
    ...sharedBytesMethods(),
    ...operators(),
    __repr__: (_t, self) => bytesRepr(bv(self)),
    __hash__: (_t, self) => bytesHash(bv(self)),
    __getnewargs__: (_t, self) => new PyTuple([new PyBytes(bv(self))]),
    __bytes__: (_t, self) =>
      self instanceof PyBytes && self.type === bytesType ? self : new PyBytes(bv(self)),
  });
  markSequenceSlots(bytesType, ["__add__", "__mul__", "__rmul__"]);
  const fromhex = (_t: Thread, cls: PyValue, args: PyValue[], kw: Kw): PyValue => {
    const [sV] = parseArgs("fromhex", args, kw, ["string"], 1, { posOnly: 1 });
    const s = strValue(sV!);
    if (s === undefined) throw typeError(`fromhex() argument must be str, not ${typeName(sV!)}`);
    const out = fromHex(s);
    const tp = cls as PyType;
    if (tp === bytesType) return new PyBytes(out);
    if (tp === bytearrayType) return new PyByteArray(out);
    return tp.isSubtype(bytearrayType) ? new PyByteArray(out, tp) : new PyBytes(out, tp);
  };
  defineClassMethods(bytesType, { fromhex });
  defineClassMethods(bytearrayType, { fromhex });
  defineStatic(bytearrayType, {
    __new__: (_t, _self, args) => new PyByteArray(new Uint8Array(0), args[0] as PyType),
    maketrans: (_t, _self, args, kw) => maketrans(args, kw),
  });
  defineMethods(bytearrayType, {
    ...sharedBytesMethods(),
    ...operators(),
    ...bytearrayMethods(),
  });
  markSequenceSlots(bytearrayType, ["__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"]);
  bytearrayType.ns.set("__hash__", None);
}

export { needBuffer };
