/**
 * The methods of array.array (array_methods, array_as_sequence, array_as_mapping and
 * array_richcompare in Modules/arraymodule.c), with CPython's argument checks and messages.
 */
import type { PyValue } from "../../objects/core.js";
import { None, NotImplemented, PyObject, typeOf } from "../../objects/core.js";
import { needBuffer } from "../../objects/bytes-methods.js";
import { PyDict } from "../../objects/dict.js";
import {
  E,
  indexError,
  newException,
  stopIteration,
  typeError,
  valueError,
} from "../../objects/exceptions.js";
import { intValue, strValue, typeName } from "../../objects/helpers.js";
import { SyncIterator } from "../../objects/iterators.js";
import { PyList } from "../../objects/list.js";
import { sequenceCompare } from "../../objects/list-methods.js";
import { PyByteArray, PyBytes, PySlice } from "../../objects/misc.js";
import type { MethodSpec } from "../../objects/native.js";
import { defineGetSets, defineMethods, defineStatic } from "../../objects/native.js";
import { addressOf } from "../../objects/object-type.js";
import { getAttr } from "../../objects/ops/attr.js";
import { call } from "../../objects/ops/call.js";
import { CMP_DUNDER, EQ, GE, GT, LE, LT, NE, eq } from "../../objects/ops/compare.js";
import { indexSize, repr } from "../../objects/ops/convert.js";
import { getIter, iterNext } from "../../objects/ops/iter.js";
import { sliceIndices } from "../../objects/slice-type.js";
import type { Gen } from "../../objects/suspend.js";
import { STOP } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { PyType } from "../../objects/core.js";
import type { Thread } from "../../vm/thread.js";
import { PyFloat } from "../../objects/float.js";
import { norm as normInt } from "../../objects/int.js";
import { importAbsolute } from "../importer.js";
import { PyArray, arrayIteratorType, arrayType } from "./array-object.js";
import type { Item, TypeCode } from "./typecodes.js";
import { ALL_CODES, TYPECODES } from "./typecodes.js";

export function self_(v: PyValue): PyArray {
  if (v instanceof PyArray) return v;
  throw typeError(`descriptor requires a 'array.array' object but received a '${typeName(v)}'`);
}

const BAD_TYPECODE = `bad typecode (must be ${ALL_CODES.split("")
  .join(", ")
  .replace(/, (\w)$/, " or $1")})`;

export function typecodeOf(v: PyValue): TypeCode {
  const s = strValue(v);
  if (s === undefined || [...s].length !== 1)
    throw typeError(`array() argument 1 must be a unicode character, not ${typeName(v)}`);
  const tc = TYPECODES.get(s);
  if (tc === undefined) throw valueError(BAD_TYPECODE);
  return tc;
}

export function newArray(type: PyType, tc: TypeCode): PyArray {
  const a = type.alloc(type) as PyArray;
  a.tc = tc;
  return a;
}

function* convertAll(t: Thread, tc: TypeCode, values: readonly PyValue[]): Gen<Item[]> {
  const out: Item[] = [];
  for (const v of values) out.push(yield* tc.convert(t, v));
  return out;
}

/** Appends the items of any iterable (array_iter_extend), one at a time as CPython does. */
function* extendIter(t: Thread, a: PyArray, iterable: PyValue): Gen<void> {
  const it = yield* getIter(t, iterable);
  for (;;) {
    const v = yield* iterNext(t, it);
    if (v === STOP) return;
    a.push(t, [yield* a.tc.convert(t, v)]);
  }
}

function fromBytes(t: Thread, a: PyArray, b: Uint8Array): void {
  if (b.length % a.tc.itemsize !== 0) throw valueError("bytes length not a multiple of item size");
  a.appendBytes(t, b.slice());
}

function fromUnicode(t: Thread, a: PyArray, s: string): void {
  a.push(t, [...s]);
}

/** array_new: the initializer may be a str ('u' only), bytes-like, an array, or an iterable. */
function* initialize(t: Thread, a: PyArray, init: PyValue): Gen<void> {
  const s = strValue(init);
  if (s !== undefined) {
    if (a.tc.code !== "u")
      throw typeError(`cannot use a str to initialize an array with typecode '${a.tc.code}'`);
    // array_new takes the converted string's storage as it is: exactly its length.
    a.initExact([...s]);
    return;
  }
  if (init instanceof PyArray) {
    if (init.tc.code === "u" && a.tc.code !== "u")
      throw typeError(`cannot use a unicode array to initialize an array with typecode '${a.tc.code}'`);
    if (init.tc === a.tc) a.initExact(init.items());
    else yield* extendIter(t, a, init);
    return;
  }
  // A list or tuple: an array of exactly that size, then each item (array_new).
  if (init instanceof PyList || init instanceof PyTuple) {
    a.initExact(yield* convertAll(t, a.tc, [...init.items]));
    return;
  }
  if (init instanceof PyBytes || init instanceof PyByteArray) {
    fromBytes(t, a, needBuffer(init));
    return;
  }
  yield* extendIter(t, a, init);
}

function* index(t: Thread, a: PyArray, k: PyValue, assign = false): Gen<number> {
  if (intValue(k) === undefined && typeOf(k).lookup("__index__") === null)
    throw typeError("array indices must be integers");
  let i = yield* indexSize(t, k);
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length)
    throw indexError(assign ? "array assignment index out of range" : "array index out of range");
  return i;
}

function* getItem(t: Thread, a: PyArray, k: PyValue): Gen<PyValue> {
  if (k instanceof PySlice) {
    const r = yield* sliceIndices(t, k, a.length);
    const items: Item[] = [];
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) items.push(a.getItem(j));
    return newArrayLike(a, items);
  }
  return a.get(yield* index(t, a, k));
}

function newArrayLike(a: PyArray, items: Item[]): PyArray {
  // Slices, +, * of a subclass are plain arrays (array_slice uses newarrayobject(&Arraytype)).
  const out = newArray(arrayType, a.tc);
  out.initExact(items);
  return out;
}

function* setItem(t: Thread, a: PyArray, k: PyValue, v: PyValue | null): Gen<void> {
  if (!(k instanceof PySlice)) {
    const i = yield* index(t, a, k, true);
    if (v === null) a.splice(t, i, i + 1, []);
    else a.set(i, yield* a.tc.convert(t, v));
    return;
  }
  const r = yield* sliceIndices(t, k, a.length);
  let items: Item[] = [];
  if (v !== null) {
    if (!(v instanceof PyArray))
      throw typeError(`can only assign array (not "${typeName(v)}") to array slice`);
    if (v.tc !== a.tc) throw typeError("bad argument type for built-in operation");
    items = v.items();
  }
  if (r.step === 1) {
    a.splice(t, r.start, Math.max(r.start, r.stop), items);
    return;
  }
  if (v === null) {
    const drop = new Set<number>();
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) drop.add(j);
    const kept = a.items().filter((_x, i) => !drop.has(i));
    if (kept.length !== a.length) a.splice(t, 0, a.length, kept);
    return;
  }
  if (items.length !== r.length)
    throw valueError(`attempt to assign array of size ${items.length} to extended slice of size ${r.length}`);
  for (let i = 0, j = r.start; i < r.length; i++, j += r.step) a.set(j, items[i]!);
}

function* find(t: Thread, a: PyArray, x: PyValue, start: number, stop: number): Gen<number> {
  for (let i = start; i < Math.min(stop, a.length); i++) if (yield* eq(t, a.get(i), x)) return i;
  return -1;
}

function* clampIndex(t: Thread, v: PyValue | undefined, n: number, dflt: number): Gen<number> {
  if (v === undefined) return dflt;
  let i = yield* indexSize(t, v);
  if (i < 0) i = Math.max(0, i + n);
  return i;
}

class PyArrayIter extends SyncIterator {
  i = 0;
  constructor(readonly a: PyArray | null) {
    super(arrayIteratorType);
  }
  next(): PyValue {
    if (this.a !== null && this.i < this.a.length) return this.a.get(this.i++);
    return STOP;
  }
}

/** array_reconstructor's machine formats: (size, read) for each code 0..21. */
function machineRead(code: number): [number, (d: DataView, at: number) => Item] | undefined {
  const le = code % 2 === 0;
  switch (code) {
    case 0:
      return [1, (d, at) => d.getUint8(at)];
    case 1:
      return [1, (d, at) => d.getInt8(at)];
    case 2:
    case 3:
      return [2, (d, at) => d.getUint16(at, le)];
    case 4:
    case 5:
      return [2, (d, at) => d.getInt16(at, le)];
    case 6:
    case 7:
      return [4, (d, at) => d.getUint32(at, le)];
    case 8:
    case 9:
      return [4, (d, at) => d.getInt32(at, le)];
    case 10:
    case 11:
      return [8, (d, at) => d.getBigUint64(at, le)];
    case 12:
    case 13:
      return [8, (d, at) => d.getBigInt64(at, le)];
    case 14:
    case 15:
      return [4, (d, at) => d.getFloat32(at, le)];
    case 16:
    case 17:
      return [8, (d, at) => d.getFloat64(at, le)];
    case 20:
    case 21:
      return [4, (d, at) => String.fromCodePoint(d.getUint32(at, le))];
    default:
      return undefined;
  }
}

export function* arrayReconstructor(t: Thread, args: PyValue[]): Gen<PyValue> {
  if (args.length !== 4) throw typeError(`_array_reconstructor expected 4 arguments, got ${args.length}`);
  const [cls, code, mformat, items] = args as [PyValue, PyValue, PyValue, PyValue];
  if (!(cls instanceof PyObject) || !cls.type.isSubtype(typeOf(arrayType)))
    throw typeError(`first argument must be a type object, not ${typeName(cls)}`);
  const type = cls as PyType;
  if (!type.isSubtype(arrayType)) throw typeError(`${type.name} is not a subtype of array.array`);
  const codeText = strValue(code);
  let tc = codeText === undefined ? undefined : TYPECODES.get(codeText);
  if (tc === undefined) throw valueError("second argument must be a valid type code");
  const mf = intValue(mformat);
  const reader = mf === undefined ? undefined : machineRead(Number(mf));
  if (reader === undefined) throw valueError("third argument must be a valid machine format code.");
  if (!(items instanceof PyBytes)) throw typeError(`fourth argument should be bytes, not ${typeName(items)}`);
  // Integer machine formats decide the typecode: the last integer type of their size and
  // signedness (the descriptor search in array_reconstructor keeps its last match).
  const m = Number(mf);
  if (m <= 13) {
    const size = reader[0];
    const signed = m === 1 || (m >= 4 && m % 4 < 2);
    for (const c of TYPECODES.values())
      if (c.kind === "int" && c.itemsize === size && (c.code === c.code.toLowerCase()) === signed) tc = c;
  }
  const a = newArray(type, tc);
  if (Number(mf) === tc.mformat) {
    fromBytes(t, a, items.bytes);
    return a;
  }
  const [size, read] = reader;
  if (items.bytes.length % size !== 0) throw valueError("string length not a multiple of item size");
  const d = new DataView(items.bytes.buffer, items.bytes.byteOffset, items.bytes.byteLength);
  const values: PyValue[] = [];
  for (let at = 0; at < items.bytes.length; at += size) {
    const x = read(d, at);
    values.push(typeof x === "number" && Number(mf) >= 14 && Number(mf) <= 17 ? toFloat(x) : norm(x));
  }
  a.push(t, yield* convertAll(t, tc, values));
  return a;
}

function toFloat(x: number): PyValue {
  return new PyFloat(x);
}
function norm(x: Item): PyValue {
  return typeof x === "bigint" ? normInt(x) : x;
}

export function initArrayType(): void {
  defineStatic(arrayType, {
    __new__: {
      gen: function* (t, _s, args, kw) {
        const cls = args[0] as PyType;
        if (kw !== null && kw.length > 0 && cls === arrayType)
          throw typeError("array.array() takes no keyword arguments");
        const pos = args.slice(1, args.length - (kw?.length ?? 0));
        if (pos.length < 1) throw typeError(`array() takes at least 1 argument (0 given)`);
        if (pos.length > 2) throw typeError(`array() takes at most 2 arguments (${pos.length} given)`);
        const a = newArray(cls, typecodeOf(pos[0]!));
        if (pos.length === 2 && pos[1] !== None) yield* initialize(t, a, pos[1]!);
        return a;
      },
    },
  });
  const cmp = (op: number) =>
    function* (t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
      const o = args[0]!;
      if (!(o instanceof PyArray)) return NotImplemented;
      return yield* sequenceCompare(t, self_(self).values(), o.values(), op);
    };
  const methods: Record<string, MethodSpec> = {
    __repr__: {
      gen: function* (t, self) {
        const a = self_(self);
        const name = typeOf(a).name;
        if (a.length === 0) return `${name}('${a.tc.code}')`;
        const body =
          a.tc.code === "u"
            ? yield* repr(t, (a.items() as string[]).join(""))
            : yield* repr(t, new PyList(a.values()));
        return `${name}('${a.tc.code}', ${body})`;
      },
    },
    __len__: (_t, self) => self_(self).length,
    __getitem__: { gen: (t, self, args) => getItem(t, self_(self), args[0]!) },
    __setitem__: {
      gen: function* (t, self, args) {
        yield* setItem(t, self_(self), args[0]!, args[1]!);
        return None;
      },
    },
    __delitem__: {
      gen: function* (t, self, args) {
        yield* setItem(t, self_(self), args[0]!, null);
        return None;
      },
    },
    __contains__: {
      gen: function* (t, self, args) {
        const a = self_(self);
        return (yield* find(t, a, args[0]!, 0, a.length)) >= 0;
      },
    },
    __iter__: (_t, self) => new PyArrayIter(self_(self)),
    __add__: (_t, self, args) => {
      const a = self_(self);
      const o = args[0]!;
      if (!(o instanceof PyArray)) throw typeError(`can only append array (not "${typeName(o)}") to array`);
      if (o.tc !== a.tc) throw typeError("bad argument type for built-in operation");
      return newArrayLike(a, [...a.items(), ...o.items()]);
    },
    __iadd__: (t, self, args) => {
      const a = self_(self);
      const o = args[0]!;
      if (!(o instanceof PyArray)) throw typeError(`can only extend array with array (not "${typeName(o)}")`);
      if (o.tc !== a.tc) throw typeError("can only extend with array of same kind");
      a.push(t, o.items());
      return a;
    },
    __mul__: { gen: (t, self, args) => repeat(t, self_(self), args[0]!) },
    __rmul__: { gen: (t, self, args) => repeat(t, self_(self), args[0]!) },
    __imul__: {
      gen: function* (t, self, args) {
        const a = self_(self);
        const n = yield* indexSize(t, args[0]!);
        const items = a.items();
        const out: Item[] = [];
        for (let k = 0; k < n; k++) out.push(...items);
        if (out.length !== a.length) a.splice(t, 0, a.length, out);
        return a;
      },
    },
    append: {
      gen: function* (t, self, args) {
        const a = self_(self);
        if (args.length !== 1)
          throw typeError(`array.append() takes exactly one argument (${args.length} given)`);
        a.push(t, [yield* a.tc.convert(t, args[0]!)]);
        return None;
      },
    },
    extend: {
      gen: function* (t, self, args) {
        const a = self_(self);
        const o = args[0]!;
        if (o instanceof PyArray) {
          if (o.tc !== a.tc) throw typeError("can only extend with array of same kind");
          a.push(t, o.items());
        } else yield* extendIter(t, a, o);
        return None;
      },
    },
    insert: {
      gen: function* (t, self, args) {
        const a = self_(self);
        if (args.length !== 2) throw typeError(`insert expected 2 arguments, got ${args.length}`);
        let i = yield* indexSize(t, args[0]!);
        const x = yield* a.tc.convert(t, args[1]!);
        if (i < 0) i = Math.max(0, i + a.length);
        if (i > a.length) i = a.length;
        a.splice(t, i, i, [x]);
        return None;
      },
    },
    pop: {
      gen: function* (t, self, args) {
        const a = self_(self);
        let i = args.length > 0 ? yield* indexSize(t, args[0]!) : -1;
        if (a.length === 0) throw indexError("pop from empty array");
        if (i < 0) i += a.length;
        if (i < 0 || i >= a.length) throw indexError("pop index out of range");
        const v = a.get(i);
        a.splice(t, i, i + 1, []);
        return v;
      },
    },
    remove: {
      gen: function* (t, self, args) {
        const a = self_(self);
        const i = yield* find(t, a, args[0]!, 0, a.length);
        if (i < 0) throw valueError("array.remove(x): x not in array");
        a.splice(t, i, i + 1, []);
        return None;
      },
    },
    index: {
      gen: function* (t, self, args) {
        const a = self_(self);
        if (args.length < 1 || args.length > 3)
          throw typeError(`index expected at least 1 argument, got ${args.length}`);
        const start = yield* clampIndex(t, args[1], a.length, 0);
        const stop = yield* clampIndex(t, args[2], a.length, a.length);
        const i = yield* find(t, a, args[0]!, start, stop);
        if (i < 0) throw valueError("array.index(x): x not in array");
        return i;
      },
    },
    count: {
      gen: function* (t, self, args) {
        const a = self_(self);
        let n = 0;
        for (let i = 0; i < a.length; i++) if (yield* eq(t, a.get(i), args[0]!)) n++;
        return n;
      },
    },
    reverse: (_t, self) => {
      const a = self_(self);
      const items = a.items().reverse();
      items.forEach((x, i) => a.set(i, x));
      return None;
    },
    buffer_info: (_t, self) => {
      const a = self_(self);
      return new PyTuple([addressOf(a) + 32, a.length]);
    },
    byteswap: (_t, self) => {
      const a = self_(self);
      const b = a.bytes;
      const n = a.tc.itemsize;
      for (let at = 0; at < b.length; at += n) b.subarray(at, at + n).reverse();
      return None;
    },
    frombytes: (t, self, args) => {
      const a = self_(self);
      fromBytes(t, a, needBuffer(args[0]!));
      return None;
    },
    tobytes: (_t, self) => new PyBytes(self_(self).bytes.slice()),
    tolist: (_t, self) => new PyList(self_(self).values()),
    fromlist: {
      gen: function* (t, self, args) {
        const a = self_(self);
        const l = args[0]!;
        if (!(l instanceof PyList)) throw typeError("arg must be list");
        a.push(t, yield* convertAll(t, a.tc, [...l.items]));
        return None;
      },
    },
    fromunicode: (t, self, args) => {
      const a = self_(self);
      const s = strValue(args[0]!);
      if (s === undefined) throw typeError(`fromunicode() argument must be str, not ${typeName(args[0]!)}`);
      if (a.tc.code !== "u") throw valueError("fromunicode() may only be called on unicode type arrays");
      fromUnicode(t, a, s);
      return None;
    },
    tounicode: (_t, self) => {
      const a = self_(self);
      if (a.tc.code !== "u") throw valueError("tounicode() may only be called on unicode type arrays");
      return (a.items() as string[]).join("");
    },
    fromfile: {
      gen: function* (t, self, args) {
        const a = self_(self);
        if (args.length !== 2) throw typeError(`fromfile expected 2 arguments, got ${args.length}`);
        const n = yield* indexSize(t, args[1]!);
        if (n < 0) throw valueError("negative count");
        const nbytes = n * a.tc.itemsize;
        const data = yield* call(t, yield* getAttr(t, args[0]!, "read"), [nbytes]);
        if (!(data instanceof PyBytes)) throw typeError("read() didn't return bytes");
        const whole = data.bytes.length - (data.bytes.length % a.tc.itemsize);
        fromBytes(t, a, data.bytes.subarray(0, whole));
        if (data.bytes.length !== nbytes) throw newException(E.EOFError, "read() didn't return enough bytes");
        return None;
      },
    },
    tofile: {
      gen: function* (t, self, args) {
        const a = self_(self);
        const write = yield* getAttr(t, args[0]!, "write");
        const b = a.bytes.slice();
        const BLOCK = 64 * 1024;
        for (let at = 0; at < b.length; at += BLOCK)
          yield* call(t, write, [new PyBytes(b.slice(at, at + BLOCK))]);
        return None;
      },
    },
    __copy__: (_t, self) => {
      const a = self_(self);
      return newArrayLike(a, a.items());
    },
    __deepcopy__: (_t, self) => {
      const a = self_(self);
      return newArrayLike(a, a.items());
    },
    __sizeof__: (_t, self) => {
      const a = self_(self);
      return 64 + a.allocated * a.tc.itemsize;
    },
    // array_array___reduce_ex__: protocol 3 and later go through _array_reconstructor with the
    // raw bytes; older protocols rebuild from (typecode, list).
    __reduce_ex__: {
      gen: function* (t, self, args) {
        const a = self_(self);
        const proto = args.length > 0 ? Number(intValue(args[0]!) ?? 0) : 0;
        const d = a.dict instanceof PyDict && a.dict.size > 0 ? a.dict : None;
        const cls = typeOf(a);
        if (proto < 3) {
          const init = new PyList(a.values());
          return new PyTuple([cls, new PyTuple([a.tc.code, init]), d]);
        }
        const mod = yield* importArrayModule(t);
        const recon = yield* getAttr(t, mod, "_array_reconstructor");
        return new PyTuple([
          recon,
          new PyTuple([cls, a.tc.code, a.tc.mformat, new PyBytes(a.bytes.slice())]),
          d,
        ]);
      },
    },
    [CMP_DUNDER[LT]!]: { gen: cmp(LT) },
    [CMP_DUNDER[LE]!]: { gen: cmp(LE) },
    [CMP_DUNDER[EQ]!]: { gen: cmp(EQ) },
    [CMP_DUNDER[NE]!]: { gen: cmp(NE) },
    [CMP_DUNDER[GT]!]: { gen: cmp(GT) },
    [CMP_DUNDER[GE]!]: { gen: cmp(GE) },
  };
  defineMethods(arrayType, methods);
  arrayType.ns.set("__hash__", None);
  defineGetSets(arrayType, {
    typecode: { get: (_t, self) => self_(self).tc.code },
    itemsize: { get: (_t, self) => self_(self).tc.itemsize },
  });
  defineMethods(arrayIteratorType, {
    __iter__: (_t, self) => self,
    __next__: (_t, self) => {
      const v = (self as PyArrayIter).next();
      if (v === STOP) throw stopIteration();
      return v;
    },
  });
}

function* repeat(t: Thread, a: PyArray, n: PyValue): Gen<PyValue> {
  if (intValue(n) === undefined && typeOf(n).lookup("__index__") === null)
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  const k = yield* indexSize(t, n);
  const items = a.items();
  const out: Item[] = [];
  for (let i = 0; i < k; i++) out.push(...items);
  return newArrayLike(a, out);
}

function* importArrayModule(t: Thread): Gen<PyValue> {
  return yield* importAbsolute(t, "array");
}
