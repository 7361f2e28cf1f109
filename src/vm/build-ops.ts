/**
 * The less frequent instructions, each a native generator working on its frame's stack
 * (f.slots / f.sp), so any of them can run Python code (__hash__, __iter__, __enter__, ...)
 * and be suspended. The eval loop saves the frame's registers before and reloads after.
 */
import type { PyValue } from "../objects/core.js";
import { None, assert, dictType, listType, tupleType, typeOf } from "../objects/core.js";
import { PyDict, fastKeyOf } from "../objects/dict.js";
import { E, PyBaseException, newException, typeError, valueError } from "../objects/exceptions.js";
import { PyFunction, PyMethod } from "../objects/function.js";
import { PyGenerator } from "../objects/generator.js";
import { strValue, typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { getAttrOpt } from "../objects/ops/attr.js";
import { call, callMethod } from "../objects/ops/call.js";
import { ascii, len, repr, strOrBoxed } from "../objects/ops/convert.js";
import { isExactStr } from "../objects/str-surrogate.js";
import { descrGet } from "../objects/ops/descr.js";
import { formatValue } from "../objects/ops/format.js";
import { getIter, iterNext, toArray } from "../objects/ops/iter.js";
import { getItem, setItem } from "../objects/ops/subscript.js";
import { PySet, addKey, addNative, newSet } from "../objects/set.js";
import { setUpdateIterable } from "../objects/set-methods.js";
import { dictUpdate, isMapping } from "../objects/dict-methods.js";
import { listExtend, listExtendFast } from "../objects/list-methods.js";
import type { Gen } from "../objects/suspend.js";
import { STOP } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import type { Frame } from "./frame.js";
import { frameFor } from "./frame.js";
import { importFrom, importName, importStar } from "../modules/importer.js";
import { matchOps } from "./match-ops.js";
import { asyncOps } from "./async-ops.js";
import { exceptStarOps } from "./except-star.js";
import { O } from "./opcode-numbers.generated.js";
import type { Thread } from "./thread.js";

function pop(f: Frame): PyValue {
  const v = f.slots[--f.sp]!;
  f.slots[f.sp] = null;
  return v;
}

function push(f: Frame, v: PyValue): void {
  f.slots[f.sp++] = v;
}

function peek(f: Frame, n: number): PyValue {
  return f.slots[f.sp - n]!;
}

/** _PyObject_FunctionStr: "module.qualname()" for messages about call arguments. */
export function* functionStr(t: Thread, func: PyValue): Gen<string> {
  if (func instanceof PyFunction) {
    const mod = typeof func.module === "string" && func.module !== "builtins" ? `${func.module}.` : "";
    return `${mod}${func.qualname}()`;
  }
  const qn = yield* getAttrOpt(t, func, "__qualname__");
  if (qn === undefined || typeof qn !== "string") return `${typeName(func)} object`;
  const mod = yield* getAttrOpt(t, func, "__module__");
  if (typeof mod === "string" && mod !== "builtins") return `${mod}.${qn}()`;
  return `${qn}()`;
}

function* exec(t: Thread, f: Frame, op: number, arg: number): Gen<PyValue> {
  switch (op) {
    case O.BUILD_MAP: {
      const items = f.slots.slice(f.sp - 2 * arg, f.sp) as PyValue[];
      for (let i = 0; i < 2 * arg; i++) pop(f);
      const d = new PyDict();
      for (let i = 0; i < items.length; i += 2) yield* d.set(t, items[i]!, items[i + 1]!);
      push(f, d);
      break;
    }
    case O.BUILD_CONST_KEY_MAP: {
      const keys = (pop(f) as PyTuple).items;
      const values = f.slots.slice(f.sp - arg, f.sp) as PyValue[];
      for (let i = 0; i < arg; i++) pop(f);
      const d = new PyDict();
      for (let i = 0; i < arg; i++) yield* d.set(t, keys[i]!, values[i]!);
      push(f, d);
      break;
    }
    case O.BUILD_SET: {
      const items = f.slots.slice(f.sp - arg, f.sp) as PyValue[];
      for (let i = 0; i < arg; i++) pop(f);
      const s = newSet();
      for (const v of items) yield* addKey(t, s, v);
      push(f, s);
      break;
    }
    case O.LIST_EXTEND: {
      const seq = pop(f);
      const l = peek(f, arg) as PyList;
      try {
        yield* listExtend(t, l, seq);
      } catch (e) {
        if (e instanceof PyBaseException && e.type === E.TypeError && !iterable(seq)) {
          throw typeError(`Value after * must be an iterable, not ${typeName(seq)}`);
        }
        throw e;
      }
      break;
    }
    case O.SET_UPDATE: {
      const seq = pop(f);
      yield* setUpdateIterable(t, peek(f, arg) as PySet, seq);
      break;
    }
    case O.SET_ADD: {
      const v = pop(f);
      yield* addKey(t, peek(f, arg) as PySet, v);
      break;
    }
    case O.MAP_ADD: {
      const value = pop(f);
      const key = pop(f);
      yield* (peek(f, arg) as PyDict).set(t, key, value);
      break;
    }
    case O.DICT_UPDATE: {
      const update = pop(f);
      const d = peek(f, arg) as PyDict;
      if (!isMapping(update)) throw typeError(`'${typeName(update)}' object is not a mapping`);
      yield* dictUpdate(t, d, update);
      break;
    }
    case O.DICT_MERGE: {
      const update = pop(f);
      const d = peek(f, arg) as PyDict;
      const func = peek(f, arg + 2);
      if (!isMapping(update)) {
        throw typeError(
          `${yield* functionStr(t, func)} argument after ** must be a mapping, not ${typeName(update)}`,
        );
      }
      const dup = yield* dictMerge(t, d, update);
      if (dup !== null) {
        const k = strValue(dup);
        if (k === undefined) throw typeError(`${yield* functionStr(t, func)} keywords must be strings`);
        throw typeError(`${yield* functionStr(t, func)} got multiple values for keyword argument '${k}'`);
      }
      break;
    }
    case O.FORMAT_VALUE: {
      const spec = (arg & 4) === 4 ? pop(f) : "";
      let v = pop(f);
      switch (arg & 3) {
        case 1:
          v = yield* strOrBoxed(t, v);
          break;
        case 2:
          v = yield* repr(t, v);
          break;
        case 3:
          v = yield* ascii(t, v);
          break;
      }
      if (isExactStr(v) && spec === "") push(f, v);
      else push(f, yield* formatValue(t, v, spec as string));
      break;
    }
    case O.UNPACK_SEQUENCE: {
      const seq = pop(f);
      let items: PyValue[];
      if (typeof seq === "object" && (seq.type === tupleType || seq.type === listType)) {
        items = (seq as PyTuple | PyList).items;
        if (items.length !== arg) {
          if (items.length < arg)
            throw valueError(`not enough values to unpack (expected ${arg}, got ${items.length})`);
          throw valueError(`too many values to unpack (expected ${arg})`);
        }
      } else {
        items = yield* unpackIterable(t, seq, arg, -1);
      }
      for (let i = items.length - 1; i >= 0; i--) push(f, items[i]!);
      break;
    }
    case O.UNPACK_EX: {
      const before = arg & 0xff;
      const after = arg >> 8;
      const seq = pop(f);
      const all = yield* unpackIterable(t, seq, before, after);
      const middle = new PyList(all.slice(before, all.length - after));
      const out = [...all.slice(0, before), middle, ...all.slice(all.length - after)];
      for (let i = out.length - 1; i >= 0; i--) push(f, out[i]!);
      break;
    }
    case O.GET_LEN:
      push(f, yield* len(t, peek(f, 1)));
      break;
    case O.MATCH_MAPPING:
    case O.MATCH_SEQUENCE:
    case O.MATCH_KEYS:
    case O.MATCH_CLASS:
      yield* matchOps.exec(t, f, op, arg);
      break;
    case O.PRINT_EXPR: {
      const v = pop(f);
      const hook = t.interp.sys.dict!.getStr("displayhook");
      if (hook === undefined) throw newException(E.RuntimeError, "lost sys.displayhook");
      yield* call(t, hook, [v]);
      break;
    }
    case O.SETUP_ANNOTATIONS: {
      const locals = f.locals;
      if (locals === null) throw newException(E.SystemError, "no locals found when setting up annotations");
      if (locals instanceof PyDict && locals.type === dictType) {
        if (!locals.hasStr("__annotations__")) locals.setStr("__annotations__", new PyDict());
      } else {
        try {
          yield* getItem(t, locals, "__annotations__");
        } catch (e) {
          if (!(e instanceof PyBaseException && e.type.isSubtype(E.KeyError))) throw e;
          yield* setItem(t, locals, "__annotations__", new PyDict());
        }
      }
      break;
    }
    case O.IMPORT_NAME: {
      const fromlist = pop(f);
      const level = pop(f);
      push(f, yield* importName(t, f, f.code.names[arg]!, fromlist, level));
      break;
    }
    case O.IMPORT_FROM:
      push(f, yield* importFrom(t, peek(f, 1), f.code.names[arg]!));
      break;
    case O.IMPORT_STAR: {
      const mod = pop(f);
      yield* importStar(t, f, mod);
      break;
    }
    case O.LOAD_BUILD_CLASS: {
      const bc = f.builtins.getStr("__build_class__");
      if (bc === undefined) throw newException(E.NameError, "__build_class__ not found");
      push(f, bc);
      break;
    }
    case O.BEFORE_WITH: {
      const mgr = pop(f);
      const tp = typeOf(mgr);
      const enter = tp.lookup("__enter__");
      if (enter === null) {
        throw typeError(`'${tp.name}' object does not support the context manager protocol`);
      }
      const exit = tp.lookup("__exit__");
      if (exit === null) {
        throw typeError(
          `'${tp.name}' object does not support the context manager protocol (missed __exit__ method)`,
        );
      }
      push(f, yield* descrGet(t, exit, mgr, tp));
      push(f, yield* callMethod(t, enter, mgr, []));
      break;
    }
    case O.WITH_EXCEPT_START: {
      const val = peek(f, 1) as PyBaseException;
      const exit = peek(f, 4);
      push(f, yield* call(t, exit, [typeOf(val), val, val.traceback ?? None]));
      break;
    }
    case O.GET_YIELD_FROM_ITER: {
      const v = peek(f, 1);
      if (v instanceof PyGenerator) {
        if (v.kind === "coroutine" && !(f.code.flags & 0x180)) {
          throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        break;
      }
      pop(f);
      push(f, yield* getIter(t, v));
      break;
    }
    case O.GET_AWAITABLE:
    case O.GET_AITER:
    case O.GET_ANEXT:
    case O.END_ASYNC_FOR:
    case O.ASYNC_GEN_WRAP:
    case O.BEFORE_ASYNC_WITH:
      yield* asyncOps.exec(t, f, op, arg);
      break;
    case O.CHECK_EG_MATCH:
    case O.PREP_RERAISE_STAR:
      yield* exceptStarOps.exec(t, f, op, arg);
      break;
    default:
      throw newException(E.SystemError, `unhandled opcode ${op}`);
  }
  return None;
}

function iterable(v: PyValue): boolean {
  const tp = typeOf(v);
  return tp.lookup("__iter__") !== null || tp.lookup("__getitem__") !== null;
}

/**
 * Collects an iterable for unpacking into `before` targets (and `after`, with a starred target
 * between them when after >= 0), with CPython's unpack_iterable messages.
 */
function* unpackIterable(t: Thread, seq: PyValue, before: number, after: number): Gen<PyValue[]> {
  let it: PyValue;
  try {
    it = yield* getIter(t, seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.type === E.TypeError && !iterable(seq)) {
      throw typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
    }
    throw e;
  }
  const out: PyValue[] = [];
  for (let i = 0; i < before; i++) {
    const v = yield* iterNext(t, it);
    if (v === STOP) {
      if (after < 0) throw valueError(`not enough values to unpack (expected ${before}, got ${i})`);
      throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${i})`);
    }
    out.push(v);
  }
  if (after < 0) {
    const extra = yield* iterNext(t, it);
    if (extra !== STOP) throw valueError(`too many values to unpack (expected ${before})`);
    return out;
  }
  for (;;) {
    const v = yield* iterNext(t, it);
    if (v === STOP) break;
    out.push(v);
  }
  if (out.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${out.length})`);
  }
  return out;
}

/**
 * DICT_MERGE: like update, but returns the first duplicate key instead of overwriting. As
 * dict_merge: a dict (or subclass) that keeps dict's __iter__ is read directly, anything else
 * through keys() and __getitem__.
 */
function* dictMerge(t: Thread, d: PyDict, other: PyValue): Gen<PyValue | null> {
  const direct = other instanceof PyDict && typeOf(other).lookup("__iter__") === dictType.ns.get("__iter__");
  const keys = direct
    ? (other as PyDict).keyList()
    : yield* toArray(t, yield* callMethod(t, typeOf(other).lookup("keys")!, other, []));
  for (const k of keys) {
    if ((yield* d.find(t, k)) >= 0) return k;
    const v = direct ? (yield* (other as PyDict).get(t, k))! : yield* getItem(t, other, k);
    yield* d.set(t, k, v);
  }
  return null;
}

/** CALL_FUNCTION_EX: func(*callargs, **kwargs). */
function* callEx(t: Thread, func: PyValue, callargs: PyValue, kwargs: PyValue | null): Gen<PyValue> {
  let args: PyValue[];
  // Only an exact tuple is taken as is (PyTuple_CheckExact in CALL_FUNCTION_EX): a subclass may override __iter__.
  if (callargs instanceof PyTuple && callargs.type === tupleType) args = callargs.items.slice();
  else {
    try {
      args = yield* toArray(t, callargs);
    } catch (e) {
      if (e instanceof PyBaseException && e.type === E.TypeError && !iterable(callargs)) {
        throw typeError(
          `${yield* functionStr(t, func)} argument after * must be an iterable, not ${typeName(callargs)}`,
        );
      }
      throw e;
    }
  }
  if (kwargs === null || (kwargs instanceof PyDict && kwargs.size === 0)) return yield* call(t, func, args);
  const d = kwargs as PyDict;
  const names: string[] = [];
  for (const [k, v] of d.entries()) {
    const ks = strValue(k);
    if (ks === undefined) throw typeError("keywords must be strings");
    names.push(ks);
    args.push(v);
  }
  return yield* call(t, func, args, names);
}

/** The frame of fn called with exactly its positional parameters (null when binding rules apply). */
function plainFrame(fn: PyFunction, args: readonly PyValue[]): Frame | null {
  const code = fn.code;
  if (!code.simpleArgs || code.argcount !== args.length) return null;
  const frame = frameFor(fn);
  const fs = frame.slots;
  for (let i = 0; i < args.length; i++) fs[i] = args[i]!;
  return frame;
}

/**
 * BEFORE_WITH and WITH_EXCEPT_START when the method they call is a Python function taking just
 * its arguments: does what exec would up to that call and answers the call's frame, for the
 * loop to push above f (its return value lands on f's stack, as exec's push would put it);
 * null, with nothing done, otherwise. Saves the native generator and its request per call.
 */
function withFrame(f: Frame, op: number): Frame | null {
  if (op === O.BEFORE_WITH) {
    const mgr = peek(f, 1);
    const tp = typeOf(mgr);
    const enter = tp.lookup("__enter__");
    const exit = tp.lookup("__exit__");
    if (!(enter instanceof PyFunction) || !(exit instanceof PyFunction)) return null;
    const frame = plainFrame(enter, [mgr]);
    if (frame === null) return null;
    pop(f);
    push(f, new PyMethod(exit, mgr));
    return frame;
  }
  const exit = peek(f, 4);
  if (!(exit instanceof PyMethod) || !(exit.func instanceof PyFunction)) return null;
  const val = peek(f, 1) as PyBaseException;
  return plainFrame(exit.func, [exit.self, typeOf(val), val, val.traceback ?? None]);
}

/**
 * The common cases of some of exec's instructions, done without its generator when no Python
 * code can run: UNPACK_EX of an exact list or tuple long enough; BUILD_MAP, BUILD_CONST_KEY_MAP,
 * MAP_ADD, BUILD_SET and SET_ADD whose keys hash and compare without Python code; LIST_EXTEND of
 * an exact list or tuple. True when done; false, with nothing changed, for exec to do it.
 */
function execSync(f: Frame, op: number, arg: number): boolean {
  const s = f.slots;
  switch (op) {
    case O.UNPACK_EX: {
      const seq = s[f.sp - 1]!;
      if (typeof seq !== "object" || (seq.type !== tupleType && seq.type !== listType)) return false;
      const all = (seq as PyTuple | PyList).items;
      const before = arg & 0xff;
      const after = arg >> 8;
      const n = all.length;
      if (n < before + after) return false;
      pop(f);
      for (let i = n - 1; i >= n - after; i--) push(f, all[i]!);
      push(f, new PyList(all.slice(before, n - after)));
      for (let i = before - 1; i >= 0; i--) push(f, all[i]!);
      return true;
    }
    case O.BUILD_MAP: {
      // Keys then values, alternating.
      const from = f.sp - 2 * arg;
      for (let i = from; i < f.sp; i += 2) if (fastKeyOf(s[i]!) === undefined) return false;
      const d = new PyDict();
      for (let i = from; i < f.sp; i += 2) d.setFast(s[i]!, fastKeyOf(s[i]!)!, s[i + 1]!);
      for (let i = 0; i < 2 * arg; i++) pop(f);
      push(f, d);
      return true;
    }
    case O.BUILD_CONST_KEY_MAP: {
      // The values, then the keys' tuple on top.
      const keys = (s[f.sp - 1] as PyTuple).items;
      for (const k of keys) if (fastKeyOf(k) === undefined) return false;
      const from = f.sp - 1 - arg;
      const d = new PyDict();
      for (let i = 0; i < arg; i++) d.setFast(keys[i]!, fastKeyOf(keys[i]!)!, s[from + i]!);
      for (let i = 0; i <= arg; i++) pop(f);
      push(f, d);
      return true;
    }
    case O.MAP_ADD: {
      const d = s[f.sp - 2 - arg] as PyDict;
      const key = s[f.sp - 2]!;
      const fk = fastKeyOf(key);
      if (fk === undefined || !d.allFast) return false;
      const value = pop(f);
      pop(f);
      d.setFast(key, fk, value);
      return true;
    }
    case O.BUILD_SET: {
      for (let i = f.sp - arg; i < f.sp; i++) if (fastKeyOf(s[i]!) === undefined) return false;
      const so = newSet();
      for (let i = f.sp - arg; i < f.sp; i++) {
        const added = addNative(so, s[i]!);
        assert(added, "BUILD_SET: a fast key's insertion needed Python code");
      }
      for (let i = 0; i < arg; i++) pop(f);
      push(f, so);
      return true;
    }
    case O.SET_ADD: {
      if (!addNative(s[f.sp - 1 - arg] as PySet, s[f.sp - 1]!)) return false;
      pop(f);
      return true;
    }
    case O.LIST_EXTEND: {
      const seq = s[f.sp - 1]!;
      if (typeof seq !== "object" || (seq.type !== tupleType && seq.type !== listType)) return false;
      const l = s[f.sp - 1 - arg] as PyList;
      if (seq === l) return false;
      pop(f);
      listExtendFast(l, seq);
      return true;
    }
  }
  return false;
}

export const buildOps = { exec, callEx, withFrame, execSync };
