/** The builtins module (Python/bltinmodule.c): functions as a table, types and constants. */
import { PySurrogateStr } from "../objects/str-surrogate.js";
import { getAttrBoxed, setAttrBoxed } from "../objects/attr-boxed.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "../objects/core.js";
import {
  Ellipsis,
  None,
  NotImplemented,
  PyObject,
  PyType,
  boolType,
  bytearrayType,
  memoryviewType,
  moduleType,
  bytesType,
  classmethodType,
  complexType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  objectType,
  propertyType,
  rangeType,
  setType,
  sliceType,
  staticmethodType,
  strType,
  superType,
  tupleType,
  typeOf,
  typeType,
  defineBuiltinType,
} from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { E, EXCEPTION_TYPES, newException, typeError, valueError } from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { noKw, oneArg, parseArgs, strValue, typeName, unpackArgs } from "../objects/helpers.js";
import { intAbs } from "../objects/int.js";
import { SyncIterator } from "../objects/iterators.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/misc.js";
import type { Kw, MethodSpec } from "../objects/native.js";
import { PyMethodDescr, defineMethods, genCall, nativeFunctions } from "../objects/native.js";
import { PyGenerator } from "../objects/generator.js";
import { addressOf } from "../objects/object-type.js";
import { binaryOp, NB } from "../objects/ops/arith.js";
import { MISSING_ATTR, getAttr, getAttrFast, getAttrOpt, noAttribute, setAttr } from "../objects/ops/attr.js";
import { fastRaise } from "../objects/raised.js";
import { call, callMethod } from "../objects/ops/call.js";
import { GT, LT, compareFast, richCompareBool } from "../objects/ops/compare.js";
import { ascii, indexOf, isTrue, isTrueFast, lenFast, repr, str } from "../objects/ops/convert.js";
import { formatValue } from "../objects/ops/format.js";
import { hash } from "../objects/ops/hash.js";
import {
  PyCallableIter,
  getIter,
  getIterFast,
  isIterator,
  iterNext,
  iterNextInto,
  toArray,
} from "../objects/ops/iter.js";
import { intToBase } from "../objects/numeric/int-str.js";
import { listSort } from "../objects/list-methods.js";
import { STOP } from "../objects/suspend.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import { PyUnion } from "../objects/union.js";
import { TextStream } from "./io-streams.js";
import { enumerateType, filterType, mapType, reversedType, zipType } from "./builtins-iter.js";
import { execFunctions } from "./builtins-exec.js";

function* print(t: Thread, _self: PyValue, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  let sep = " ";
  let end = "\n";
  let file: PyValue = None;
  let flush = false;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    const v = args[pos.length + i]!;
    switch (k) {
      case "sep":
        if (v !== None) {
          const s = strValue(v);
          if (s === undefined) throw typeError(`sep must be None or a string, not ${typeName(v)}`);
          sep = s;
        }
        break;
      case "end":
        if (v !== None) {
          const s = strValue(v);
          if (s === undefined) throw typeError(`end must be None or a string, not ${typeName(v)}`);
          end = s;
        }
        break;
      case "file":
        file = v;
        break;
      case "flush":
        flush = yield* isTrue(t, v);
        break;
      default:
        throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  if (file === None) {
    file = t.interp.sys.dict!.getStr("stdout") ?? None;
    if (file === None) return None;
  }
  if (file instanceof TextStream) {
    let text = "";
    for (let i = 0; i < pos.length; i++) {
      if (i > 0) text += sep;
      const v = pos[i]!;
      text += typeof v === "string" ? v : yield* str(t, v);
    }
    file.write(text + end);
    if (flush) file.flush();
    return None;
  }
  const write = yield* getAttr(t, file, "write");
  for (let i = 0; i < pos.length; i++) {
    if (i > 0) yield* call(t, write, [sep]);
    yield* call(t, write, [yield* str(t, pos[i]!)]);
  }
  yield* call(t, write, [end]);
  if (flush) yield* callMethod(t, typeOf(file).lookup("flush")!, file, []);
  return None;
}

/**
 * Does `obj.__class__` read as type(obj) for instances of tp with no code run: object's
 * __getattribute__ and object's __class__ descriptor (a data descriptor, so no instance dict
 * can shadow it). Then object_isinstance's second look, at __class__, cannot find another class.
 */
function classIsOwnType(tp: PyType): boolean {
  const ga = tp.lookup("__getattribute__");
  return (
    ga instanceof PyMethodDescr &&
    ga.objclass === objectType &&
    tp.lookup("__class__") === objectType.lookup("__class__")
  );
}

/** isinstance without __instancecheck__ hooks (object_isinstance). */
function* objectIsInstance(t: Thread, inst: PyValue, cls: PyValue): Gen<boolean> {
  if (cls instanceof PyObject && cls.type.isSubtype(typeType)) {
    const ct = cls as PyType;
    if (typeOf(inst).isSubtype(ct)) return true;
    const icls = yield* getAttrOpt(t, inst, "__class__");
    if (
      icls !== undefined &&
      icls !== typeOf(inst) &&
      icls instanceof PyObject &&
      icls.type.isSubtype(typeType)
    ) {
      return (icls as PyType).isSubtype(ct);
    }
    return false;
  }
  const bases = yield* getAttrOpt(t, cls, "__bases__");
  if (!(bases instanceof PyTuple))
    throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  const icls = yield* getAttrOpt(t, inst, "__class__");
  if (icls === undefined) return false;
  return yield* abstractIsSubclass(t, icls, cls);
}

function* abstractIsSubclass(t: Thread, derived: PyValue, cls: PyValue): Gen<boolean> {
  if (derived === cls) return true;
  const bases = yield* getAttrOpt(t, derived, "__bases__");
  if (!(bases instanceof PyTuple)) return false;
  for (const b of bases.items) if (yield* abstractIsSubclass(t, b, cls)) return true;
  return false;
}

/** isinstance(obj, cls) (PyObject_IsInstance). */
export function* isInstance(t: Thread, inst: PyValue, cls: PyValue): Gen<boolean> {
  if (typeOf(inst) === cls) return true;
  if (cls instanceof PyObject && cls.type === typeType) return yield* objectIsInstance(t, inst, cls);
  if (cls instanceof PyUnion) cls = new PyTuple(cls.args);
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (yield* isInstance(t, inst, c)) return true;
    return false;
  }
  const checker = typeOf(cls).lookup("__instancecheck__");
  if (checker !== null) return yield* isTrue(t, yield* callMethod(t, checker, cls, [inst]));
  return yield* objectIsInstance(t, inst, cls);
}

/** recursive_issubclass: types by MRO, anything else through __bases__. */
function* recursiveIsSubclass(t: Thread, derived: PyValue, cls: PyValue): Gen<boolean> {
  if (
    cls instanceof PyObject &&
    cls.type.isSubtype(typeType) &&
    derived instanceof PyObject &&
    derived.type.isSubtype(typeType)
  ) {
    return (derived as PyType).isSubtype(cls as PyType);
  }
  if (!((yield* getAttrOpt(t, derived, "__bases__")) instanceof PyTuple)) {
    throw typeError("issubclass() arg 1 must be a class");
  }
  if (!(cls instanceof PyUnion) && !((yield* getAttrOpt(t, cls, "__bases__")) instanceof PyTuple)) {
    throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return yield* abstractIsSubclass(t, derived, cls);
}

/** issubclass(derived, cls) (PyObject_IsSubclass). */
export function* isSubclass(t: Thread, derived: PyValue, cls: PyValue): Gen<boolean> {
  if (cls instanceof PyObject && cls.type === typeType) {
    if (derived === cls) return true;
    return yield* recursiveIsSubclass(t, derived, cls);
  }
  if (cls instanceof PyUnion) cls = new PyTuple(cls.args);
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (yield* isSubclass(t, derived, c)) return true;
    return false;
  }
  const checker = typeOf(cls).lookup("__subclasscheck__");
  if (checker !== null) return yield* isTrue(t, yield* callMethod(t, checker, cls, [derived]));
  return yield* recursiveIsSubclass(t, derived, cls);
}

function* minMax(t: Thread, args: PyValue[], kwnames: Kw, name: "min" | "max"): Gen<PyValue> {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  let key: PyValue = None;
  let def: PyValue | undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    if (k === "key") key = args[pos.length + i]!;
    else if (k === "default") def = args[pos.length + i]!;
    else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (pos.length > 1 && def !== undefined)
    throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const op = name === "min" ? LT : GT;
  // As min_max does: each item is taken, keyed and compared with the best so far before the
  // next is asked for (a generator's prints and the comparisons interleave).
  let best: PyValue | undefined;
  let bestKey: PyValue = None;
  // Without a key, items compared without Python code (numbers, strs) are taken directly.
  const plain = (v: PyValue): boolean => {
    if (best === undefined) {
      best = bestKey = v;
      return true;
    }
    const c = compareFast(v, bestKey, op);
    if (c === undefined) return false;
    if (c) best = bestKey = v;
    return true;
  };
  const sink = key === None ? plain : null;
  const it = yield* getIter(t, pos.length === 1 ? pos[0]! : new PyTuple(pos));
  for (;;) {
    const v = sink !== null ? yield* iterNextInto(t, it, sink) : yield* iterNext(t, it);
    if (v === STOP) break;
    if (sink !== null && sink(v)) continue;
    const k = key === None ? v : yield* call(t, key, [v]);
    if (best === undefined) {
      best = v;
      bestKey = k;
    } else if (yield* richCompareBool(t, k, bestKey, op)) {
      best = v;
      bestKey = k;
    }
  }
  if (best === undefined) {
    if (def !== undefined) return def;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

/**
 * min(a, b, ...) / max(a, b, ...) of numbers or strs (compareFast): each argument compared with
 * the best so far, as min_max does; undefined when a comparison could run Python code.
 */
function minMaxFast(args: PyValue[], kwnames: Kw, op: number): PyValue | undefined {
  if (kwnames !== null || args.length < 2) return undefined;
  let best = args[0]!;
  for (let i = 1; i < args.length; i++) {
    const c = compareFast(args[i]!, best, op);
    if (c === undefined) return undefined;
    if (c) best = args[i]!;
  }
  return best;
}

function* sum(t: Thread, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  if (args.length - (kwnames?.length ?? 0) < 1)
    throw typeError("sum() takes at least 1 positional argument (0 given)");
  const [iterable, startV] = parseArgs("sum", args, kwnames, ["iterable", "start"], 1, { posOnly: 1 });
  let result: PyValue = startV ?? 0;
  if (typeof result === "string") throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (
    result instanceof PyObject &&
    (result.type.isSubtype(bytesType) || result.type.isSubtype(bytearrayType))
  ) {
    throw typeError(
      `sum() can't sum ${result.type.isSubtype(bytesType) ? "bytes" : "bytearray"} [use b''.join(seq) instead]`,
    );
  }
  const it = yield* getIter(t, iterable!);
  // Exact float accumulation as CPython's float fast path (a plain double sum).
  let fsum: number | null = null;
  // Adds v when no Python code is needed (CPython's int and float fast paths); false leaves it
  // to binaryOp. A Python generator hands its items here directly (iterNextInto).
  const add = (v: PyValue): boolean => {
    if (fsum !== null) {
      if (v instanceof PyFloat && v.type === floatType) {
        fsum += v.value;
        return true;
      }
      if (typeof v === "number" || typeof v === "boolean") {
        fsum += Number(v);
        return true;
      }
      result = new PyFloat(fsum);
      fsum = null;
    }
    if (typeof result === "number" && typeof v === "number") {
      const r = result + v;
      if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) {
        result = r;
        return true;
      }
      return false;
    }
    if (
      result instanceof PyFloat &&
      result.type === floatType &&
      v instanceof PyFloat &&
      v.type === floatType
    ) {
      fsum = result.value + v.value;
      return true;
    }
    return false;
  };
  for (;;) {
    const v = yield* iterNextInto(t, it, add);
    if (v === STOP) break;
    if (!add(v)) result = yield* binaryOp(t, result, v, NB.ADD);
  }
  if (fsum !== null) result = new PyFloat(fsum);
  return result;
}

function* round(t: Thread, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  const [number, ndigits] = parseArgs("round", args, kwnames, ["number", "ndigits"], 1);
  const m = typeOf(number!).lookup("__round__");
  if (m === null) throw typeError(`type ${typeName(number!)} doesn't define __round__ method`);
  if (ndigits === undefined || ndigits === None) return yield* callMethod(t, m, number!, []);
  return yield* callMethod(t, m, number!, [ndigits]);
}

function* divmod(t: Thread, a: PyValue, b: PyValue): Gen<PyValue> {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const dv = ta.lookup("__divmod__");
  if (dv !== null) {
    const r = yield* callMethod(t, dv, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (tb !== ta) {
    const dw = tb.lookup("__rdivmod__");
    if (dw !== null) {
      const r = yield* callMethod(t, dw, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
}

function* pow3(t: Thread, base: PyValue, exp: PyValue, mod: PyValue): Gen<PyValue> {
  if (mod === None) return yield* binaryOp(t, base, exp, NB.POWER);
  const m = typeOf(base).lookup("__pow__");
  if (m !== null) {
    const r = yield* callMethod(t, m, base, [exp, mod]);
    if (r !== NotImplemented) return r;
  }
  // float_pow refuses a modulus before any other check (Objects/floatobject.c); ternary_op
  // reaches it through any of the three operands, the modulus included.
  if ([base, exp, mod].some((v) => typeOf(v).isSubtype(floatType))) {
    throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`,
  );
}

function* baseRepr(t: Thread, v: PyValue, base: 2 | 8 | 16): Gen<PyValue> {
  const n = yield* indexOf(t, v);
  return intToBase(n, base, true);
}

const primitiveIds = new Map<unknown, number>();
let nextPrimitiveId = 1;

function idOf(v: PyValue): PyValue {
  if (v instanceof PyObject) return addressOf(v);
  let id = primitiveIds.get(v);
  if (id === undefined) {
    id = 0x7e0000000000 + nextPrimitiveId++ * 32;
    primitiveIds.set(v, id);
  }
  return id;
}

function* input(t: Thread, args: PyValue[]): Gen<PyValue> {
  if (args.length > 1) throw typeError(`input expected at most 1 argument, got ${args.length}`);
  const sys = t.interp.sys.dict!;
  const out = sys.getStr("stdout") ?? None;
  if (args.length === 1 && out !== None) {
    const prompt = yield* str(t, args[0]!);
    yield* callMethod(t, typeOf(out).lookup("write")!, out, [prompt]);
  }
  if (out !== None) yield* callMethod(t, typeOf(out).lookup("flush")!, out, []);
  const inp = sys.getStr("stdin") ?? None;
  if (inp === None) throw newException(E.RuntimeError, "input(): lost sys.stdin");
  const line = yield* callMethod(t, typeOf(inp).lookup("readline")!, inp, []);
  const s = strValue(line) ?? "";
  if (s === "") throw newException(E.EOFError, "EOF when reading a line");
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}

const FUNCTIONS: Record<string, MethodSpec> = {
  print: { gen: print },
  len: {
    fast: (_t, _s, args, kw) => (kw === null && args.length === 1 ? lenFast(args[0]!) : undefined),
    gen: function* (t, _s, args, kw) {
      const v = oneArg("len", args, kw);
      const fast = lenFast(v);
      if (fast !== undefined) return fast;
      const m = typeOf(v).lookup("__len__");
      if (m === null || m === None) throw typeError(`object of type '${typeName(v)}' has no len()`);
      const n = yield* indexOf(t, yield* callMethod(t, m, v, []));
      if (n < 0) throw valueError("__len__() should return >= 0");
      if (typeof n === "bigint" && n >= 1n << 63n)
        throw newException(E.OverflowError, "cannot fit 'int' into an index-sized integer");
      return n;
    },
  },
  repr: { gen: (t, _s, args, kw) => repr(t, oneArg("repr", args, kw)) },
  ascii: { gen: (t, _s, args, kw) => ascii(t, oneArg("ascii", args, kw)) },
  format: {
    gen: function* (t, _s, args, kw) {
      // Argument Clinic's positional-only check words this one differently from parseArgs.
      if (args.length === 0) throw typeError("format expected at least 1 argument, got 0");
      const [v, spec] = parseArgs("format", args, kw, ["value", "format_spec"], 1, { posOnly: 2 });
      const sp = spec === undefined ? "" : strValue(spec);
      if (sp === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(spec!)}`);
      return yield* formatValue(t, v!, sp);
    },
  },
  iter: {
    // iter(x) of an exact built-in container or a built-in iterator: no __iter__ to call.
    fast: (_t, _s, args, kw) => (kw === null && args.length === 1 ? getIterFast(args[0]!) : undefined),
    gen: function* (t, _s, args, kw) {
      noKw("iter", kw);
      if (args.length === 1) return yield* getIter(t, args[0]!);
      if (args.length === 2) {
        if (typeOf(args[0]!).lookup("__call__") === null) throw typeError("iter(v, w): v must be callable");
        return new PyCallableIter(args[0]!, args[1]!);
      }
      throw typeError(
        `iter expected ${args.length === 0 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`,
      );
    },
  },
  next: {
    // An iterator that runs no Python code: its item, or the default when it is exhausted;
    // without a default, StopIteration is raised from here (raised.ts: no JavaScript throw).
    fast: (_t, _s, args, kw) => {
      if (kw !== null || args.length === 0 || args.length > 2) return undefined;
      const it = args[0]!;
      if (!(it instanceof SyncIterator)) return undefined;
      const v = it.next();
      if (v !== STOP) return v;
      return args.length === 2 ? args[1]! : fastRaise(newException(E.StopIteration));
    },
    // A Python generator: the eval loop resumes its frame directly (NativeResumeFn).
    resume: (_s, args, kw) => {
      if (kw !== null || args.length === 0 || args.length > 2) return undefined;
      const g = args[0]!;
      if (!(g instanceof PyGenerator) || g.kind !== "generator") return undefined;
      genCall.send = None;
      genCall.otherwise = args.length === 2 ? args[1]! : null;
      return g;
    },
    gen: function* (t, _s, args, kw) {
      unpackArgs("next", args, kw, 1, 2);
      const it = args[0]!;
      if (!isIterator(it)) throw typeError(`'${typeName(it)}' object is not an iterator`);
      const v = yield* iterNext(t, it);
      if (v !== STOP) return v;
      if (args.length > 1) return args[1]!;
      const sv = t.stopValue;
      t.stopValue = None;
      throw sv === None ? newException(E.StopIteration) : newException(E.StopIteration, sv);
    },
  },
  isinstance: {
    // A plain class (or a tuple of them) the object's type derives from: no hooks can run.
    fast: (_t, _s, args, kw) => {
      if (kw !== null || args.length !== 2) return undefined;
      const tp = typeOf(args[0]!);
      const cls = args[1]!;
      if (tp === cls) return true;
      if (cls instanceof PyType && cls.type === typeType)
        return tp.isSubtype(cls) ? true : classIsOwnType(tp) ? false : undefined;
      if (cls instanceof PyTuple && cls.type === tupleType) {
        for (const c of cls.items) {
          if (!(c instanceof PyType && c.type === typeType)) return undefined;
          if (tp.isSubtype(c)) return true;
        }
        return classIsOwnType(tp) ? false : undefined;
      }
      return undefined;
    },
    gen: function* (t, _s, args, kw) {
      unpackArgs("isinstance", args, kw, 2, 2);
      const cls = args[1]!;
      if (
        !(cls instanceof PyObject && cls.type.isSubtype(typeType)) &&
        !(cls instanceof PyTuple) &&
        !(cls instanceof PyUnion)
      ) {
        if (typeOf(cls).lookup("__instancecheck__") === null) {
          const bases = yield* getAttrOpt(t, cls, "__bases__");
          if (!(bases instanceof PyTuple))
            throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
      }
      return yield* isInstance(t, args[0]!, cls);
    },
  },
  issubclass: {
    // Classes whose metaclass is type (no __subclasscheck__), alone or in a tuple: the MRO answers.
    fast: (_t, _s, args, kw) => {
      if (kw !== null || args.length !== 2) return undefined;
      const d = args[0]!;
      const cls = args[1]!;
      if (!(d instanceof PyType)) return undefined;
      if (cls instanceof PyType && cls.type === typeType) return d.isSubtype(cls);
      if (!(cls instanceof PyTuple) || cls.type !== tupleType) return undefined;
      const items = cls.items;
      for (let i = 0; i < items.length; i++) {
        const c = items[i]!;
        if (!(c instanceof PyType) || c.type !== typeType) return undefined;
      }
      for (let i = 0; i < items.length; i++) if (d.isSubtype(items[i] as PyType)) return true;
      return false;
    },
    gen: function* (t, _s, args, kw) {
      unpackArgs("issubclass", args, kw, 2, 2);
      return yield* isSubclass(t, args[0]!, args[1]!);
    },
  },
  hash: {
    gen: function* (t, _s, args, kw) {
      return yield* hash(t, oneArg("hash", args, kw));
    },
  },
  id: (_t, _s, args, kw) => idOf(oneArg("id", args, kw)),
  callable: (_t, _s, args, kw) => typeOf(oneArg("callable", args, kw)).lookup("__call__") !== null,
  getattr: {
    fast: (_t, _s, args, kw) => {
      if (kw !== null || args.length < 2 || args.length > 3) return undefined;
      const name = args[1]!;
      if (typeof name !== "string") return undefined;
      const v = getAttrFast(args[0]!, name);
      if (v !== MISSING_ATTR) return v;
      if (args.length === 3) return args[2]!;
      // A module's message names it (module_getattro): the general path words that one.
      const o = args[0]!;
      return typeof o === "object" && o.type.isSubtype(moduleType)
        ? undefined
        : fastRaise(noAttribute(o, name));
    },
    gen: function* (t, _s, args, kw) {
      unpackArgs("getattr", args, kw, 2, 3);
      const boxed = args[1];
      if (boxed instanceof PySurrogateStr) {
        const v = yield* getAttrBoxed(t, args[0]!, boxed, args.length === 3);
        return v === undefined ? args[2]! : v;
      }
      const name = strValue(args[1]!);
      if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
      if (args.length === 3) {
        const v = yield* getAttrOpt(t, args[0]!, name);
        return v === undefined ? args[2]! : v;
      }
      return yield* getAttr(t, args[0]!, name);
    },
  },
  setattr: {
    gen: function* (t, _s, args, kw) {
      unpackArgs("setattr", args, kw, 3, 3);
      const boxed = args[1];
      if (boxed instanceof PySurrogateStr && !(args[0] instanceof PyType)) {
        yield* setAttrBoxed(t, args[0]!, boxed, args[2]!);
        return None;
      }
      const name = strValue(args[1]!);
      if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
      yield* setAttr(t, args[0]!, name, args[2]!);
      return None;
    },
  },
  delattr: {
    gen: function* (t, _s, args, kw) {
      unpackArgs("delattr", args, kw, 2, 2);
      const boxed = args[1];
      if (boxed instanceof PySurrogateStr && !(args[0] instanceof PyType)) {
        yield* setAttrBoxed(t, args[0]!, boxed, null);
        return None;
      }
      const name = strValue(args[1]!);
      if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
      yield* setAttr(t, args[0]!, name, null);
      return None;
    },
  },
  hasattr: {
    fast: (_t, _s, args, kw) => {
      if (kw !== null || args.length !== 2) return undefined;
      const name = args[1]!;
      if (typeof name !== "string") return undefined;
      const v = getAttrFast(args[0]!, name);
      return v === undefined ? undefined : v !== MISSING_ATTR;
    },
    gen: function* (t, _s, args, kw) {
      unpackArgs("hasattr", args, kw, 2, 2);
      const boxed = args[1];
      if (boxed instanceof PySurrogateStr)
        return (yield* getAttrBoxed(t, args[0]!, boxed, true)) !== undefined;
      const name = strValue(args[1]!);
      if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
      return (yield* getAttrOpt(t, args[0]!, name)) !== undefined;
    },
  },
  abs: {
    fast: (_t, _s, args, kw) => {
      if (kw !== null || args.length !== 1) return undefined;
      const v = args[0]!;
      if (typeof v === "number" || typeof v === "bigint") return intAbs(v);
      if (v instanceof PyFloat && v.type === floatType) return new PyFloat(Math.abs(v.value));
      return undefined;
    },
    gen: function* (t, _s, args, kw) {
      const v = oneArg("abs", args, kw);
      if (typeof v === "number" || typeof v === "bigint") return intAbs(v);
      const m = typeOf(v).lookup("__abs__");
      if (m === null) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
      return yield* callMethod(t, m, v, []);
    },
  },
  min: {
    gen: (t, _s, args, kw) => minMax(t, args, kw, "min"),
    fast: (_t, _s, args, kw) => minMaxFast(args, kw, LT),
  },
  max: {
    gen: (t, _s, args, kw) => minMax(t, args, kw, "max"),
    fast: (_t, _s, args, kw) => minMaxFast(args, kw, GT),
  },
  sum: { gen: (t, _s, args, kw) => sum(t, args, kw) },
  any: {
    gen: function* (t, _s, args, kw) {
      const arg = oneArg("any", args, kw);
      const it = getIterFast(arg) ?? (yield* getIter(t, arg));
      // A false item whose truth needs no Python code is taken; any other stops here.
      const sink = (v: PyValue): boolean => isTrueFast(v) === false;
      for (;;) {
        const v = yield* iterNextInto(t, it, sink);
        if (v === STOP) return false;
        // The item the sink declined: its truth without a generator when no Python code runs.
        const b = isTrueFast(v);
        if (b !== undefined ? b : yield* isTrue(t, v)) return true;
      }
    },
  },
  all: {
    gen: function* (t, _s, args, kw) {
      const arg = oneArg("all", args, kw);
      const it = getIterFast(arg) ?? (yield* getIter(t, arg));
      const sink = (v: PyValue): boolean => isTrueFast(v) === true;
      for (;;) {
        const v = yield* iterNextInto(t, it, sink);
        if (v === STOP) return true;
        const b = isTrueFast(v);
        if (!(b !== undefined ? b : yield* isTrue(t, v))) return false;
      }
    },
  },
  sorted: {
    gen: function* (t, _s, args, kw) {
      const nkw = kw?.length ?? 0;
      const npos = args.length - nkw;
      if (npos !== 1) throw typeError(`sorted expected 1 argument, got ${npos}`);
      const l = new PyList(yield* toArray(t, args[0]!));
      yield* listSort(t, l, args.slice(1), kw);
      return l;
    },
  },
  chr: {
    gen: function* (t, _s, args, kw) {
      const v = yield* indexOf(t, oneArg("chr", args, kw));
      if (v < 0 || v > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
      return String.fromCodePoint(Number(v));
    },
  },
  ord: (_t, _s, args, kw) => {
    const v = oneArg("ord", args, kw);
    if (v instanceof PySurrogateStr)
      throw typeError(`ord() expected a character, but string of length ${v.cps.length} found`);
    const s = strValue(v);
    if (s === undefined) {
      const b = (v as { bytes?: Uint8Array }).bytes;
      if (b instanceof Uint8Array) {
        if (b.length !== 1)
          throw typeError(`ord() expected a character, but string of length ${b.length} found`);
        return b[0]!;
      }
      throw typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
    }
    const cps = [...s];
    if (cps.length !== 1)
      throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
    return cps[0]!.codePointAt(0)!;
  },
  divmod: {
    gen: function* (t, _s, args, kw) {
      unpackArgs("divmod", args, kw, 2, 2);
      return yield* divmod(t, args[0]!, args[1]!);
    },
  },
  pow: {
    gen: function* (t, _s, args, kw) {
      const [base, exp, mod] = parseArgs("pow", args, kw, ["base", "exp", "mod"], 2);
      return yield* pow3(t, base!, exp!, mod ?? None);
    },
  },
  round: { gen: (t, _s, args, kw) => round(t, args, kw) },
  hex: { gen: (t, _s, args, kw) => baseRepr(t, oneArg("hex", args, kw), 16) },
  oct: { gen: (t, _s, args, kw) => baseRepr(t, oneArg("oct", args, kw), 8) },
  bin: { gen: (t, _s, args, kw) => baseRepr(t, oneArg("bin", args, kw), 2) },
  input: { gen: (t, _s, args) => input(t, args) },
  ...execFunctions,
};

/** site's exit() / quit() (Lib/_sitebuiltins.py Quitter). */
export const quitterType = defineBuiltinType("Quitter");
quitterType.ns.set("__module__", "_sitebuiltins");

function quitter(name: string): PyObject {
  const q = new PyObject(quitterType);
  q.dict = new PyDict();
  q.dict.setStr("name", name);
  q.dict.setStr("eof", "Ctrl-D (i.e. EOF)");
  return q;
}

export function initQuitter(): void {
  defineMethods(quitterType, {
    __repr__: (_t, self) =>
      `Use ${strValue((self as PyObject).dict!.getStr("name")!)}() or Ctrl-D (i.e. EOF) to exit`,
    __call__: (_t, _self, args) => {
      throw newException(E.SystemExit, ...(args.length ? [args[0]!] : [None]));
    },
  });
}

/** The builtins module for an interpreter. */
export function makeBuiltins(interp: Interpreter): PyModule {
  const m = new PyModule("builtins");
  const d = m.dict!;
  d.setStr("__doc__", "Built-in functions, exceptions, and other objects.");
  for (const [name, f] of nativeFunctions("builtins", FUNCTIONS)) d.setStr(name, f);
  const types: Record<string, PyType> = {
    object: objectType,
    type: typeType,
    int: intType,
    bool: boolType,
    float: floatType,
    complex: complexType,
    str: strType,
    bytes: bytesType,
    bytearray: bytearrayType,
    memoryview: memoryviewType,
    list: listType,
    tuple: tupleType,
    dict: dictType,
    set: setType,
    frozenset: frozensetType,
    range: rangeType,
    slice: sliceType,
    property: propertyType,
    classmethod: classmethodType,
    staticmethod: staticmethodType,
    super: superType,
    enumerate: enumerateType,
    zip: zipType,
    map: mapType,
    filter: filterType,
    reversed: reversedType,
  };
  for (const [name, t] of Object.entries(types)) d.setStr(name, t);
  for (const [name, t] of EXCEPTION_TYPES) d.setStr(name, t);
  d.setStr("EnvironmentError", E.OSError);
  d.setStr("IOError", E.OSError);
  d.setStr("None", None);
  d.setStr("True", true);
  d.setStr("False", false);
  d.setStr("Ellipsis", Ellipsis);
  d.setStr("NotImplemented", NotImplemented);
  d.setStr("__debug__", true);
  d.setStr("exit", quitter("exit"));
  d.setStr("quit", quitter("quit"));
  void interp;
  return m;
}
