/**
 * Protocol conversions: truth (PyObject_IsTrue), len (PyObject_Size), repr / str / ascii
 * (PyObject_Repr, PyObject_Str), and __index__ (PyNumber_Index), each with a fast path for the
 * built-in values that needs no method lookup.
 */
import type { Thread } from "../../vm/thread.js";
import type { PyValue } from "../core.js";
import { None, PySingleton, dictType, floatType, listType, strType, tupleType, typeOf } from "../core.js";
import { PyDict } from "../dict.js";
import { E, overflowError, stackOverflowAs, typeError, valueError } from "../exceptions.js";
import { warnFromNative } from "../../modules/warn-native.js";
import { PyFloat } from "../float.js";
import { PyStrSubclass, intValue, strValue, typeName } from "../helpers.js";
import type { PyInt } from "../int.js";
import { PyList } from "../list.js";
import { floatRepr } from "../repr/float.js";
import { strRepr } from "../repr/str.js";
import { PySet } from "../set.js";
import { boxedTextError } from "../codecs.js";
import type { PyStr } from "../str-surrogate.js";
import { PySurrogateStr } from "../str-surrogate.js";
import { strLen } from "../str.js";
import type { Gen } from "../suspend.js";
import { PyTuple } from "../tuple.js";
import { callMethod } from "./call.js";

/** Truth of built-in values; undefined when a method must be called. */
export function isTrueFast(v: PyValue): boolean | undefined {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "bigint":
      return true;
    case "string":
      return v.length > 0;
    default:
      break;
  }
  if (v === None) return false;
  const t = v.type;
  if (t === floatType) return (v as PyFloat).value !== 0;
  if (t === listType) return (v as PyList).items.length > 0;
  if (t === tupleType) return (v as PyTuple).items.length > 0;
  if (t === dictType) return (v as PyDict).size > 0;
  if (v instanceof PySingleton) return true;
  return undefined;
}

export function* isTrue(t: Thread, v: PyValue): Gen<boolean> {
  const fast = isTrueFast(v);
  if (fast !== undefined) return fast;
  const tp = typeOf(v);
  const b = tp.lookup("__bool__");
  if (b !== null && b !== None) {
    const r = yield* callMethod(t, b, v, []);
    if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = tp.lookup("__len__");
  if (l !== null && l !== None) return (yield* lenViaMethod(t, v, l)) > 0;
  return true;
}

/** len() of built-in containers; undefined when __len__ must be called. */
export function lenFast(v: PyValue): number | undefined {
  if (typeof v === "string") return strLen(v);
  if (typeof v !== "object") return undefined;
  const t = v.type;
  if (t === listType) return (v as PyList).items.length;
  if (t === tupleType) return (v as PyTuple).items.length;
  if (t === dictType) return (v as PyDict).size;
  if (v instanceof PySet && !v.type.isHeapType) return v.used;
  return undefined;
}

function* lenViaMethod(t: Thread, v: PyValue, method: PyValue): Gen<number> {
  const r = yield* callMethod(t, method, v, []);
  const n = yield* indexOf(t, r);
  if (n < 0) throw valueError("__len__() should return >= 0");
  if (typeof n === "bigint") throw overflowError(`cannot fit '${typeName(r)}' into an index-sized integer`);
  return n;
}

export function* len(t: Thread, v: PyValue): Gen<number> {
  const fast = lenFast(v);
  if (fast !== undefined) return fast;
  const m = typeOf(v).lookup("__len__");
  if (m === null || m === None) throw typeError(`object of type '${typeName(v)}' has no len()`);
  return yield* lenViaMethod(t, v, m);
}

/** Ints below this many digits print without checking sys.get_int_max_str_digits (>= 640). */
const BIG_FAST = 10n ** 600n;

/** repr() of values that need no method call; undefined otherwise. */
export function reprFast(v: PyValue): string | undefined {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      // Big enough ints are checked against the interpreter's digit limit (int.__repr__).
      return v < BIG_FAST && v > -BIG_FAST ? String(v) : undefined;
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return strRepr(v);
    default:
      break;
  }
  if (v.type === floatType) return floatRepr((v as PyFloat).value);
  if (v instanceof PySingleton && !v.type.isHeapType) return v.reprText;
  return undefined;
}

export function* repr(t: Thread, v: PyValue): Gen<string> {
  const fast = reprFast(v);
  if (fast !== undefined) return fast;
  const m = typeOf(v).lookup("__repr__");
  if (m === null) return `<${typeName(v)} object>`;
  t.enterRecursiveCall(" while getting the repr of an object");
  let r: PyValue;
  try {
    r = yield* callMethod(t, m, v, []);
  } catch (e) {
    throw stackOverflowAs(e, " while getting the repr of an object");
  } finally {
    t.leaveRecursiveCall();
  }
  if (r instanceof PySurrogateStr) throw boxedTextError(r);
  const s = strValue(r);
  if (s === undefined) throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return s;
}

/** str() of values that need no method call; undefined otherwise. */
export function strFast(v: PyValue): string | undefined {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return String(v);
    case "bigint":
      return v < BIG_FAST && v > -BIG_FAST ? String(v) : undefined;
    case "boolean":
      return v ? "True" : "False";
    default:
      break;
  }
  if (v.type === floatType) return floatRepr((v as PyFloat).value);
  if (v === None) return "None";
  return undefined;
}

/**
 * str(v) as host text. A str that a JS string cannot hold (str-surrogate.ts) raises the
 * UnicodeEncodeError CPython raises when it writes one to a UTF-8 stream; `strOrBoxed` keeps it.
 */
export function* str(t: Thread, v: PyValue): Gen<string> {
  const s = yield* strOrBoxed(t, v);
  if (s instanceof PySurrogateStr) throw boxedTextError(s);
  return s;
}

/** str(v): PyObject_Str. */
export function* strOrBoxed(t: Thread, v: PyValue): Gen<PyStr> {
  if (v instanceof PySurrogateStr) return v;
  const fast = strFast(v);
  if (fast !== undefined) return fast;
  if (v instanceof PyStrSubclass && v.type.lookup("__str__") === strType.lookup("__str__")) return v.value;
  const m = typeOf(v).lookup("__str__");
  if (m === null) return yield* repr(t, v);
  t.enterRecursiveCall(" while getting the str of an object");
  let r: PyValue;
  try {
    r = yield* callMethod(t, m, v, []);
  } catch (e) {
    throw stackOverflowAs(e, " while getting the str of an object");
  } finally {
    t.leaveRecursiveCall();
  }
  if (r instanceof PySurrogateStr) return r;
  const s = strValue(r);
  if (s === undefined) throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return s;
}

/** ascii(): repr with non-ASCII characters escaped. */
export function* ascii(t: Thread, v: PyValue): Gen<string> {
  const r = yield* repr(t, v);
  return asciiEscape(r);
}

export function asciiEscape(r: string): string {
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}

/** operator.index(v): ints as they are, else __index__ (which must return an int). */
export function* indexOf(t: Thread, v: PyValue): Gen<PyInt> {
  const iv = intValue(v);
  if (iv !== undefined) return iv;
  const m = typeOf(v).lookup("__index__");
  if (m === null || m === None)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = yield* callMethod(t, m, v, []);
  const ir = yield* intResult(t, r, "__index__");
  if (ir === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
  return ir;
}

const SUBCLASS_DEPRECATED = "The ability to return an instance of a strict subclass of";

/**
 * The int an `__int__`/`__index__` call returned, or undefined when it is no int. A strict int
 * subclass (bool too) is accepted with CPython's DeprecationWarning (PyNumber_Long,
 * _PyNumber_Index in Objects/abstract.c).
 */
export function* intResult(t: Thread, r: PyValue, method: string): Gen<PyInt | undefined> {
  const ir = intValue(r);
  if (ir !== undefined && typeof r !== "number" && typeof r !== "bigint") {
    yield* warnFromNative(
      t,
      E.DeprecationWarning,
      `${method} returned non-int (type ${typeName(r)}).  ${SUBCLASS_DEPRECATED} int is deprecated, and may be removed in a future version of Python.`,
    );
  }
  return ir;
}

/** The same for `__float__` (PyNumber_Float): a strict float subclass warns. */
export function* floatResultWarning(t: Thread, x: PyValue, r: PyValue): Gen<void> {
  if (r instanceof PyFloat && r.type !== floatType) {
    yield* warnFromNative(
      t,
      E.DeprecationWarning,
      `${typeName(x)}.__float__ returned non-float (type ${typeName(r)}).  ${SUBCLASS_DEPRECATED} float is deprecated, and may be removed in a future version of Python.`,
    );
  }
}

/** An index-sized int (Py_ssize_t), for sequence positions and counts. */
export function* indexSize(t: Thread, v: PyValue): Gen<number> {
  const n = yield* indexOf(t, v);
  if (typeof n === "bigint") throw indexSizeError(v);
  return n;
}

export function indexSizeError(v: PyValue) {
  return overflowError(`cannot fit '${typeName(v)}' into an index-sized integer`);
}

export { PyDict };
