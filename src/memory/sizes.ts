/**
 * Object sizes as CPython 3.11 reports them on a 64-bit build: `sys.getsizeof` and the built-in
 * types' `__sizeof__`, and the accounting of `--max-memory`. Each size is the C structure's
 * (tp_basicsize, plus items for the variable-sized types), plus what the type's `__sizeof__`
 * adds (a list's allocated slots, a dict's key table, a set's table), plus the pre-header
 * `sys.getsizeof` adds: the GC header (16 bytes) for collected types and the managed-dict
 * pointers (16 bytes) of instances whose class keeps their `__dict__` inline.
 */
import type { PyValue } from "../objects/core.js";
import {
  PyObject,
  PyType,
  bytearrayType,
  bytesType,
  complexType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  objectType,
  setType,
  strType,
  tupleType,
  typeOf,
  typeType,
} from "../objects/core.js";
import { defineMethods } from "../objects/native.js";
import { PyDict } from "../objects/dict.js";
import { E, PyBaseException, overflowError, typeError, valueError } from "../objects/exceptions.js";
import { PyComplex, PyFloat } from "../objects/float.js";
import { PyCell, PyFunction, PyMethod } from "../objects/function.js";
import { PyGenerator } from "../objects/generator.js";
import { PyIntSubclass, PyStrSubclass, intValue, typeName } from "../objects/helpers.js";
import { PyList, listResize } from "../objects/list.js";
import { PyByteArray, PyBytes, PyModule } from "../objects/misc.js";
import { PyBuiltin } from "../objects/native.js";
import { PySet } from "../objects/set.js";
import { PySurrogateStr } from "../objects/str-surrogate.js";
import { PyTuple } from "../objects/tuple.js";
import { PyCode } from "../objects/code.js";
import { Frame } from "../vm/frame.js";
import type { Thread } from "../vm/thread.js";
import type { Gen } from "../objects/suspend.js";
import { callMethod } from "../objects/ops/call.js";

/** sizeof(PyGC_Head). */
export const GC_HEAD = 16;
const PTR = 8;

// ---- list ----

/**
 * A list's allocated slots. PyList.allocated follows appends exactly (LIST_APPEND, append());
 * other changes (extend, insert, pop, slices) are caught up here as one list_resize.
 */
export function listAllocated(l: PyList): number {
  const n = l.items.length;
  if (l.allocated < 0) return n;
  if (n > l.allocated || n < l.allocated >> 1) l.allocated = listResize(l.allocated, l.allocated, n);
  return l.allocated;
}

// ---- bytearray: PyByteArray_Resize ----

const byteArrayAlloc = new WeakMap<PyByteArray, { size: number; alloc: number }>();

/** bytearray_resize's choice for a new size. */
function byteArrayResize(alloc: number, size: number): number {
  if (size + 1 <= alloc) return size < alloc / 2 ? size + 1 : alloc;
  return size <= alloc * 1.125 ? size + (size >> 3) + (size < 9 ? 3 : 6) : size + 1;
}

function byteArrayAllocated(b: PyByteArray): number {
  const size = b.size;
  let s = byteArrayAlloc.get(b);
  if (s === undefined) {
    // Unseen. Storage with spare room was grown (by appends, taken one byte at a time from
    // empty); otherwise it was made from a buffer: size + 1 for the trailing NUL, 0 when empty.
    if (b.buf.length > size && size <= 1 << 16) s = { size: 0, alloc: 0 };
    else s = { size, alloc: size === 0 ? 0 : size + 1 };
  }
  if (size !== s.size) {
    // A few bytes more were appended one at a time; anything else was one resize.
    let alloc = s.alloc;
    if (size > s.size && (size - s.size <= 64 || s.size === 0))
      for (let n = s.size + 1; n <= size; n++) alloc = byteArrayResize(alloc, n);
    else alloc = byteArrayResize(alloc, size);
    s = { size, alloc };
  }
  byteArrayAlloc.set(b, s);
  return s.alloc;
}

// ---- dict: the key table (Objects/dictobject.c) ----

/** calculate_log2_keysize */
function log2KeySize(minsize: number): number {
  const m = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(m);
}

/** _PyDict_KeysSize: header, index table, entries (16 bytes for a str-keyed table, 24 otherwise). */
function keysSize(log2: number, unicode: boolean): number {
  const size = 2 ** log2;
  const indexBytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  const usable = Math.floor((size * 2) / 3);
  return 32 + size * indexBytes + usable * (unicode ? 16 : 24);
}

const dictTables = new WeakMap<PyDict, { log2: number; entries: number }>();

/** The log2 size of a dict's key table, following its insertions since it was last seen. */
function dictLog2(d: PyDict): number {
  const entries = Math.max(d.keys.length, d.size);
  let s = dictTables.get(d);
  if (s === undefined) s = { log2: 3, entries: 0 };
  // Each new entry uses a slot; when none is left, insertion_resize to GROWTH_RATE = used * 3.
  let n = s.entries;
  let log2 = s.log2;
  if (entries > n) {
    while (n < entries) {
      const usable = Math.floor((2 ** log2 * 2) / 3);
      if (n >= usable) {
        const used = Math.min(n, d.size);
        log2 = log2KeySize(used * 3);
        n = used;
      }
      n++;
    }
  } else n = entries;
  dictTables.set(d, { log2, entries: n });
  return log2;
}

function dictSizeof(d: PyDict, base: number): number {
  if (d.keys.length === 0) {
    // Emptied by clear() (or never filled): the shared empty key table is not counted.
    dictTables.delete(d);
    return base;
  }
  const unicode = d.keys.every((k) => k === null || typeof k === "string");
  return base + keysSize(dictLog2(d), unicode);
}

// ---- str: the compact representations (Objects/unicodeobject.c, unicode_sizeof) ----

function strSizeof(s: string, compact: boolean): number {
  let max = 0;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    n++;
  }
  return unicodeSizeof(max, n, compact);
}

/** A str that holds a lone surrogate pair (boxed): its code points decide the width. */
function boxedStrSizeof(s: PySurrogateStr): number {
  let max = 0;
  for (const c of s.cps) if (c > max) max = c;
  return unicodeSizeof(max, s.cps.length, true);
}

/** unicode_sizeof for n code points, the largest `max`. */
function unicodeSizeof(max: number, n: number, compact: boolean): number {
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  if (!compact) return 72 + (n + 1) * kind;
  // PyASCIIObject, PyCompactUnicodeObject, then the characters and a terminating NUL.
  if (max < 0x80) return 48 + n + 1;
  return 72 + (n + 1) * kind;
}

/** int_sizeof: at least one 30-bit digit. */
function intSizeof(v: number | bigint | boolean): number {
  let a = typeof v === "boolean" ? (v ? 1n : 0n) : BigInt(v);
  if (a < 0n) a = -a;
  let digits = 0;
  while (a > 0n) {
    a >>= 30n;
    digits++;
  }
  return 24 + 4 * Math.max(1, digits);
}

// ---- fixed sizes of the other built-in types: [__sizeof__, collected by gc] ----

const FIXED: Readonly<Record<string, readonly [number, boolean]>> = {
  object: [16, false],
  NoneType: [16, false],
  NotImplementedType: [16, false],
  ellipsis: [16, false],
  range: [48, false],
  slice: [40, true],
  function: [136, true],
  cell: [24, true],
  method: [48, true],
  builtin_function_or_method: [56, true],
  method_descriptor: [56, true],
  wrapper_descriptor: [56, true],
  classmethod_descriptor: [56, true],
  getset_descriptor: [56, true],
  member_descriptor: [56, true],
  "method-wrapper": [32, true],
  module: [56, true],
  staticmethod: [32, true],
  classmethod: [32, true],
  property: [64, true],
  super: [40, true],
  "types.SimpleNamespace": [24, true],
  memoryview: [168, true],
  list_iterator: [32, true],
  list_reverseiterator: [32, true],
  tuple_iterator: [32, true],
  str_ascii_iterator: [32, true],
  str_iterator: [32, true],
  bytes_iterator: [32, true],
  range_iterator: [48, false],
  longrange_iterator: [40, false],
  set_iterator: [48, true],
  dict_keyiterator: [56, true],
  dict_valueiterator: [56, true],
  dict_itemiterator: [56, true],
  dict_keys: [24, true],
  dict_values: [24, true],
  dict_items: [24, true],
  reversed: [32, true],
  enumerate: [56, true],
  zip: [48, true],
  map: [32, true],
  filter: [32, true],
  weakref: [48, true],
};

/** BaseException and the exceptions with fields of their own (Include/cpython/pyerrors.h). */
function exceptionSizeof(e: PyBaseException): number {
  const names = e.type.mro.map((t) => t.name);
  if (names.includes("UnicodeError")) return 112;
  if (names.includes("SyntaxError")) return 136;
  if (names.includes("OSError")) return 112;
  if (names.includes("ImportError")) return 96;
  if (names.includes("BaseExceptionGroup")) return 96;
  if (names.includes("AttributeError")) return 88;
  if (names.includes("NameError") || names.includes("SystemExit") || names.includes("StopIteration"))
    return 80;
  return 72;
}

/** The built-in type whose layout a (heap) type extends: its solid base. */
function builtinBase(tp: PyType): PyType {
  let b: PyType = tp;
  while (b.isHeapType && b.base !== null) b = b.base;
  return b;
}

/** Variable-sized built-in layouts (tp_itemsize != 0): a subclass keeps its dict at the end, no weakref slot. */
function varSized(b: PyType): boolean {
  return b.name === "int" || b.name === "bool" || b.name === "tuple" || b.name === "bytes";
}

/**
 * What a heap type adds to its built-in base's layout: slots, a dict pointer (variable-sized
 * bases; others keep it in the pre-header) and a weakref pointer.
 */
function addedBytes(tp: PyType): number {
  if (!tp.isHeapType) return 0;
  const b = builtinBase(tp);
  let n = (tp.nslots - b.nslots) * PTR;
  if (tp.hasDict && !b.hasDict && varSized(b)) n += PTR;
  if (tp.weakrefable && !weakrefableBuiltin(b) && !varSized(b)) n += PTR;
  return n;
}

/** Built-in layouts with a weakref slot of their own (tp_weaklistoffset) that subclasses commonly extend. */
function weakrefableBuiltin(b: PyType): boolean {
  return b.name === "set" || b.name === "frozenset" || b.name === "type";
}

/** Instances keep their __dict__ in two pre-header pointers (Py_TPFLAGS_MANAGED_DICT). */
function managedDict(tp: PyType): boolean {
  if (!tp.isHeapType || !tp.hasDict) return false;
  const b = builtinBase(tp);
  return !b.hasDict && !varSized(b);
}

/** _PyType_PreHeaderSize: what sys.getsizeof adds to __sizeof__. */
export function preHeader(o: PyValue): number {
  if (!(o instanceof PyObject)) return 0;
  return (isCollected(o) ? GC_HEAD : 0) + (managedDict(o.type) ? 2 * PTR : 0);
}

/** Is the object's type one gc collects (Py_TPFLAGS_HAVE_GC)? */
export function isCollected(o: PyObject): boolean {
  // Every heap type is (type_new_alloc: an instance can be stored on its own class).
  return o.type.isHeapType || isCollectedBuiltin(o.type, o);
}

function isCollectedBuiltin(b: PyType, o: PyObject): boolean {
  const fixed = FIXED[b.name];
  if (fixed !== undefined) return fixed[1];
  if (o instanceof PyType) return true;
  switch (b.name) {
    case "int":
    case "bool":
    case "float":
    case "complex":
    case "str":
    case "bytes":
    case "bytearray":
    case "code":
      return false;
  }
  return true;
}

/**
 * CPython's `__sizeof__` of a built-in object (for a heap type's instance: its base's, with what
 * the type adds), or null for a type whose size is not modelled here.
 */
export function builtinSizeof(o: PyValue): number | null {
  switch (typeof o) {
    case "number":
    case "bigint":
    case "boolean":
      return intSizeof(o);
    case "string":
      return strSizeof(o, true);
  }
  if (o instanceof PyIntSubclass) return intSizeof(o.value);
  if (o instanceof PySurrogateStr) return boxedStrSizeof(o);
  const added = addedBytes(o.type);
  if (o instanceof PyStrSubclass) return strSizeof(o.value, false) + added;
  if (o instanceof PyFloat) return 24 + added;
  if (o instanceof PyComplex) return 32 + added;
  if (o instanceof PyBytes) return 33 + o.bytes.length + added;
  if (o instanceof PyByteArray) return 56 + byteArrayAllocated(o) + added;
  if (o instanceof PyTuple) return 24 + PTR * o.items.length + added;
  if (o instanceof PyList) return 40 + PTR * listAllocated(o) + added;
  if (o instanceof PySet) return 200 + (o.mask === 7 ? 0 : 16 * (o.mask + 1)) + added;
  if (o instanceof PyType) return o.isHeapType ? 904 + (managedDict(o) ? keysSize(6, true) : 0) : 408;
  if (o instanceof PyModule) return 56;
  if (o instanceof PyFunction) return 136;
  if (o instanceof PyCell) return 24;
  if (o instanceof PyMethod) return 48;
  // builtin_function_or_method, or a method-wrapper (a slot bound to its object).
  if (o instanceof PyBuiltin) return FIXED[o.type.name]?.[0] ?? 56;
  if (o instanceof PyGenerator) {
    // gen_sizeof: the generator with its frame's locals and value stack.
    const code = o.code;
    return code instanceof PyCode ? 152 + PTR * (code.nlocalsplus + code.stacksize) : 160;
  }
  if (o instanceof Frame) return 120 + PTR * (o.code.nlocalsplus + o.code.stacksize);
  if (o instanceof PyBaseException) return exceptionSizeof(o) + added;
  if (o instanceof PyDict) {
    // An instance's own __dict__ over its class's shared keys (a split table: values only).
    return dictSizeof(o, 48 + added);
  }
  const b = builtinBase(o.type);
  const fixed = FIXED[b.name];
  if (fixed !== undefined) return fixed[0] + added;
  return null;
}

/**
 * sys.getsizeof(object[, default]) (_PySys_GetSizeOf): the type's __sizeof__ plus the
 * pre-header; `default` is returned instead of a TypeError.
 */
export function* getsizeof(t: Thread, args: PyValue[], kw: readonly string[] | null): Gen<PyValue> {
  const nkw = kw?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > 2) throw typeError(`getsizeof() takes at most 2 arguments (${args.length} given)`);
  let o: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let dflt: PyValue | undefined = npos > 1 ? args[1] : undefined;
  for (let i = 0; i < nkw; i++) {
    const name = kw![i]!;
    const v = args[npos + i]!;
    if (name === "object" && o === undefined) o = v;
    else if (name === "default" && dflt === undefined) dflt = v;
    else if (name === "object" || name === "default")
      throw typeError(
        `argument for getsizeof() given by name ('${name}') and position (${name === "object" ? 1 : 2})`,
      );
    else throw typeError(`getsizeof() got an unexpected keyword argument '${name}'`);
  }
  if (o === undefined) throw typeError("getsizeof() missing required argument 'object' (pos 1)");
  try {
    return (yield* sizeofOf(t, o)) + preHeader(o);
  } catch (e) {
    if (dflt !== undefined && e instanceof PyBaseException && e.type.isSubtype(E.TypeError)) return dflt;
    throw e;
  }
}

/** The object's __sizeof__(), checked as a size. */
function* sizeofOf(t: Thread, o: PyValue): Gen<number> {
  const m = typeOf(o).lookup("__sizeof__");
  if (m === null) throw typeError(`Type ${typeName(o)} doesn't define __sizeof__`);
  if (!(m instanceof PyFunction)) {
    const n = builtinSizeof(o);
    if (n !== null) return n;
  }
  const r = yield* callMethod(t, m, o, []);
  const n = intValue(r);
  if (n === undefined) throw typeError("an integer is required");
  if (typeof n === "bigint" && (n >= 2n ** 63n || n < -(2n ** 63n)))
    throw overflowError("Python int too large to convert to C ssize_t");
  if (n < 0) throw valueError("__sizeof__() should return >= 0");
  return Number(n);
}

let installed = false;

/**
 * The built-in types' `__sizeof__` methods give these sizes too (`[].__sizeof__()` is 40), so
 * that a program calling them directly, or a subclass calling its base's, sees CPython's.
 */
export function installSizeofMethods(): void {
  if (installed) return;
  installed = true;
  const sizeof = { __sizeof__: (_t: Thread, self: PyValue) => builtinSizeof(self) ?? 16 };
  for (const tp of [
    objectType,
    intType,
    floatType,
    complexType,
    strType,
    bytesType,
    bytearrayType,
    tupleType,
    listType,
    dictType,
    setType,
    frozensetType,
    typeType,
  ])
    defineMethods(tp, sizeof);
}
