/**
 * Methods and attributes of the built-in exceptions (Objects/exceptions.c): args, __str__ /
 * __repr__, chaining attributes, add_note, and the extra state of StopIteration, SystemExit,
 * KeyError, ImportError, OSError (errno → subclass), SyntaxError, NameError, AttributeError and
 * exception groups.
 */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, PyObject, typeOf } from "./core.js";
import { PyDict } from "./dict.js";
import { E, EXCEPTION_TYPES, PyBaseException, PyTraceback, typeError, valueError } from "./exceptions.js";
import { intValue, strValue, typeName } from "./helpers.js";
import { PyList } from "./list.js";
import { defineGetSets, defineMethods, defineStatic } from "./native.js";
import type { Kw } from "./native.js";
import { call, callMethod } from "./ops/call.js";
import { repr, str, strOrBoxed } from "./ops/convert.js";
import { boxedTextError } from "./codecs.js";
import type { PyStr } from "./str-surrogate.js";
import { PySurrogateStr } from "./str-surrogate.js";
import { toArray } from "./ops/iter.js";
import type { Gen } from "./suspend.js";
import { EMPTY_TUPLE, PyTuple } from "./tuple.js";
import { PyByteArray, PyBytes } from "./misc.js";

function ev(self: PyValue): PyBaseException {
  if (self instanceof PyBaseException) return self;
  throw typeError(`descriptor requires a 'BaseException' object but received a '${typeName(self)}'`);
}

function setAttrs(e: PyBaseException, attrs: Record<string, PyValue>): void {
  if (e.dict === null) e.dict = new PyDict();
  for (const [k, v] of Object.entries(attrs)) e.dict.setStr(k, v);
}

function attr(e: PyBaseException, name: string): PyValue {
  return e.dict?.getStr(name) ?? None;
}

function positional(args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  const nkw = kwnames?.length ?? 0;
  return nkw ? args.slice(0, args.length - nkw) : args;
}

function kwargs(args: PyValue[], kwnames: readonly string[] | null): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  const nkw = kwnames?.length ?? 0;
  for (let i = 0; i < nkw; i++) m.set(kwnames![i]!, args[args.length - nkw + i]!);
  return m;
}

/** Types whose __init__ accepts keyword arguments. */
const KW_INIT = new Set([
  "ImportError",
  "ModuleNotFoundError",
  "NameError",
  "UnboundLocalError",
  "AttributeError",
]);

function* baseStr(t: Thread, e: PyBaseException): Gen<PyStr> {
  const a = e.args.items;
  if (a.length === 0) return "";
  // str(ValueError(s)) is s itself, a boxed str too (str-surrogate.ts).
  if (a.length === 1) return yield* strOrBoxed(t, a[0]!);
  return yield* str(t, e.args);
}

/** BaseException.__str__ as host text. */
function* baseStrText(t: Thread, e: PyBaseException): Gen<string> {
  const s = yield* baseStr(t, e);
  if (s instanceof PySurrogateStr) throw boxedTextError(s);
  return s;
}

/** OSError(errno, strerror) picks the subclass for the errno (errnomap). */
const ERRNO_SUBCLASS: Record<number, string> = {
  11: "BlockingIOError",
  115: "BlockingIOError",
  114: "BlockingIOError",
  10: "ChildProcessError",
  32: "BrokenPipeError",
  108: "BrokenPipeError",
  103: "ConnectionAbortedError",
  111: "ConnectionRefusedError",
  104: "ConnectionResetError",
  17: "FileExistsError",
  2: "FileNotFoundError",
  4: "InterruptedError",
  21: "IsADirectoryError",
  20: "NotADirectoryError",
  1: "PermissionError",
  13: "PermissionError",
  3: "ProcessLookupError",
  110: "TimeoutError",
};

function* groupNew(t: Thread, cls: PyType, args: PyValue[]): Gen<PyValue> {
  if (args.length !== 2)
    throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const msg = strValue(args[0]!);
  if (msg === undefined) {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(args[0]!)}`);
  }
  const seqV = args[1]!;
  if (typeOf(seqV).lookup("__getitem__") === null || typeof seqV === "string") {
    throw typeError("second argument (exceptions) must be a sequence");
  }
  const excs = yield* toArray(t, seqV);
  if (excs.length === 0) throw valueError("second argument (exceptions) must be a non-empty sequence");
  let allExceptions = true;
  excs.forEach((x, i) => {
    if (!(x instanceof PyBaseException))
      throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.type.isSubtype(E.Exception)) allExceptions = false;
  });
  let type = cls;
  if (cls === E.BaseExceptionGroup) {
    if (allExceptions) type = E.ExceptionGroup;
  } else if (cls === E.ExceptionGroup) {
    if (!allExceptions) throw typeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!allExceptions && cls.isSubtype(E.Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = type.alloc(type) as PyBaseException;
  e.args = new PyTuple([args[0]!, args[1]!]);
  setAttrs(e, { message: msg, exceptions: new PyTuple(excs) });
  return e;
}

let baseNew: PyValue | null = null;
let baseInit: PyValue | null = null;

/**
 * `cls(*args)` of an exception class whose __new__ and __init__ are BaseException's, without
 * keywords: the instance with its args, made without type_call's generators (the class's
 * callFast; type_new gives it to every exception subclass). Any override declines.
 */
export function exceptionCallFast(_t: Thread, cls: PyType, args: PyValue[], kw: Kw): PyValue | undefined {
  if (kw !== null || cls.lookup("__new__") !== baseNew || cls.lookup("__init__") !== baseInit)
    return undefined;
  const e = cls.alloc(cls) as PyBaseException;
  e.args = args.length ? new PyTuple(args.slice()) : EMPTY_TUPLE;
  return e;
}

export function initExceptionMethods(): void {
  const Base = E.BaseException;
  defineStatic(Base, {
    __new__: (_t, _self, args, kwnames) => {
      const cls = args[0] as PyType;
      const e = cls.alloc(cls) as PyBaseException;
      // BaseException_new keeps the positional arguments; keyword ones are __init__'s.
      const rest = positional(args, kwnames).slice(1);
      e.args = rest.length ? new PyTuple(rest) : EMPTY_TUPLE;
      return e;
    },
  });
  defineMethods(Base, {
    __init__: (_t, self, args, kwnames) => {
      const e = ev(self);
      if (kwnames && kwnames.length > 0 && !KW_INIT.has(e.type.name) && !hasKwInit(e.type)) {
        throw typeError(`${e.type.name}() takes no keyword arguments`);
      }
      const pos = positional(args, kwnames);
      e.args = pos.length ? new PyTuple(pos) : EMPTY_TUPLE;
      return None;
    },
    __str__: { gen: (t, self) => baseStr(t, ev(self)) },
    __repr__: {
      gen: function* (t, self) {
        const e = ev(self);
        const a = e.args.items;
        const name = e.type.name;
        if (a.length === 1) return `${name}(${yield* repr(t, a[0]!)})`;
        return `${name}${yield* repr(t, e.args)}`;
      },
    },
    with_traceback: (_t, self, args) => {
      const tb = args[0]!;
      if (tb !== None && !(tb instanceof PyTraceback))
        throw typeError("__traceback__ must be a traceback or None");
      ev(self).traceback = tb === None ? null : (tb as PyTraceback);
      return self;
    },
    add_note: {
      fn: (_t, self, args) => {
        const note = args[0]!;
        if (strValue(note) === undefined) throw typeError(`note must be a str, not '${typeName(note)}'`);
        const e = ev(self);
        let notes = e.dict?.getStr("__notes__");
        if (notes === undefined) {
          notes = new PyList([]);
          setAttrs(e, { __notes__: notes });
        }
        if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
        notes.items.push(note);
        return None;
      },
    },
    __reduce__: (_t, self) => {
      const e = ev(self);
      return e.dict && e.dict.size ? new PyTuple([e.type, e.args, e.dict]) : new PyTuple([e.type, e.args]);
    },
    __setstate__: (_t, self, args) => {
      const st = args[0];
      if (st instanceof PyDict) for (const [k, v] of st.entries()) setAttrs(ev(self), { [String(k)]: v });
      return None;
    },
  });
  defineGetSets(Base, {
    args: {
      get: (_t, self) => ev(self).args,
      set: (_t, self, v) => {
        if (v === null) throw typeError("args may not be deleted");
        ev(self).args = v instanceof PyTuple ? v : new PyTuple([v]);
      },
    },
    __traceback__: {
      get: (_t, self) => ev(self).traceback ?? None,
      set: (_t, self, v) => {
        if (v !== None && v !== null && !(v instanceof PyTraceback))
          throw typeError("__traceback__ must be a traceback or None");
        ev(self).traceback = v === None || v === null ? null : (v as PyTraceback);
      },
    },
    __context__: {
      get: (_t, self) => ev(self).context ?? None,
      set: (_t, self, v) => {
        if (v !== None && v !== null && !(v instanceof PyBaseException))
          throw typeError("exception context must be None or derive from BaseException");
        ev(self).context = v === None || v === null ? null : (v as PyBaseException);
      },
    },
    __cause__: {
      get: (_t, self) => ev(self).cause ?? None,
      set: (_t, self, v) => {
        if (v !== None && v !== null && !(v instanceof PyBaseException))
          throw typeError("exception cause must be None or derive from BaseException");
        const e = ev(self);
        e.cause = v === None || v === null ? null : (v as PyBaseException);
        e.suppressContext = true;
      },
    },
    __dict__: {
      get: (_t, self) => {
        const e = ev(self);
        if (e.dict === null) e.dict = new PyDict();
        return e.dict;
      },
      set: (_t, self, v) => {
        if (!(v instanceof PyDict)) throw typeError("__dict__ must be set to a dictionary");
        ev(self).dict = v;
      },
    },
    __suppress_context__: {
      get: (_t, self) => ev(self).suppressContext,
      set: (_t, self, v) => void (ev(self).suppressContext = v === true),
    },
  });
  // StopIteration.value, SystemExit.code
  defineMethods(E.StopIteration, {
    __init__: (_t, self, args) => {
      const e = ev(self);
      e.args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
      setAttrs(e, { value: args.length ? args[0]! : None });
      return None;
    },
  });
  defineGetSets(E.StopIteration, {
    value: {
      get: (_t, self) => {
        const e = ev(self);
        const v = e.dict?.getStr("value");
        if (v !== undefined) return v;
        return e.args.items.length ? e.args.items[0]! : None;
      },
      set: (_t, self, v) => setAttrs(ev(self), { value: v ?? None }),
    },
  });
  defineGetSets(E.SystemExit, {
    code: {
      get: (_t, self) => {
        const e = ev(self);
        const v = e.dict?.getStr("code");
        if (v !== undefined) return v;
        const a = e.args.items;
        return a.length === 0 ? None : a.length === 1 ? a[0]! : e.args;
      },
      set: (_t, self, v) => setAttrs(ev(self), { code: v ?? None }),
    },
  });
  defineMethods(E.KeyError, {
    __str__: {
      gen: function* (t, self) {
        const e = ev(self);
        if (e.args.items.length === 1) return yield* repr(t, e.args.items[0]!);
        return yield* baseStr(t, e);
      },
    },
  });

  // ImportError(msg, *, name=None, path=None)
  defineMethods(E.ImportError, {
    __init__: (_t, self, args, kwnames) => {
      const e = ev(self);
      const pos = positional(args, kwnames);
      const kw = kwargs(args, kwnames);
      for (const k of kw.keys()) {
        if (k !== "name" && k !== "path")
          throw typeError(`'${k}' is an invalid keyword argument for ${e.type.name}()`);
      }
      e.args = pos.length ? new PyTuple(pos) : EMPTY_TUPLE;
      setAttrs(e, {
        msg: pos.length === 1 ? pos[0]! : None,
        name: kw.get("name") ?? None,
        path: kw.get("path") ?? None,
      });
      return None;
    },
    __str__: {
      gen: function* (t, self) {
        const e = ev(self);
        const msg = attr(e, "msg");
        if (msg !== None) return yield* str(t, msg);
        return yield* baseStr(t, e);
      },
    },
  });
  for (const cls of [E.NameError, E.AttributeError]) {
    defineMethods(cls, {
      __init__: (_t, self, args, kwnames) => {
        const e = ev(self);
        const pos = positional(args, kwnames);
        const kw = kwargs(args, kwnames);
        const allowed = cls === E.NameError ? ["name"] : ["name", "obj"];
        for (const k of kw.keys()) {
          if (!allowed.includes(k))
            throw typeError(`'${k}' is an invalid keyword argument for ${e.type.name}()`);
        }
        e.args = pos.length ? new PyTuple(pos) : EMPTY_TUPLE;
        const attrs: Record<string, PyValue> = { name: kw.get("name") ?? None };
        if (cls === E.AttributeError) attrs.obj = kw.get("obj") ?? None;
        setAttrs(e, attrs);
        return None;
      },
    });
  }

  // OSError(errno, strerror[, filename[, winerror[, filename2]]])
  defineStatic(E.OSError, {
    __new__: (_t, _self, args) => {
      let cls = args[0] as PyType;
      const rest = args.slice(1);
      if (cls === E.OSError && rest.length >= 2) {
        const n = intValue(rest[0]!);
        const sub = n === undefined ? undefined : ERRNO_SUBCLASS[Number(n)];
        if (sub !== undefined) cls = EXCEPTION_TYPES.get(sub)!;
      }
      const e = cls.alloc(cls) as PyBaseException;
      e.args = rest.length ? new PyTuple(rest) : EMPTY_TUPLE;
      return e;
    },
  });
  defineMethods(E.OSError, {
    __init__: (_t, self, args) => {
      const e = ev(self);
      const attrs: Record<string, PyValue> = { errno: None, strerror: None, filename: None, filename2: None };
      if (args.length >= 2 && args.length <= 5) {
        attrs.errno = args[0]!;
        attrs.strerror = args[1]!;
        if (args.length >= 3) attrs.filename = args[2]!;
        if (args.length >= 5) attrs.filename2 = args[4]!;
        e.args = new PyTuple(args.slice(0, 2));
      } else {
        e.args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
      }
      setAttrs(e, attrs);
      return None;
    },
    __str__: {
      gen: function* (t, self) {
        const e = ev(self);
        const errno = attr(e, "errno");
        const strerror = attr(e, "strerror");
        const filename = attr(e, "filename");
        const filename2 = attr(e, "filename2");
        if (filename !== None) {
          if (filename2 !== None) {
            return `[Errno ${yield* str(t, errno)}] ${yield* str(t, strerror)}: ${yield* repr(t, filename)} -> ${yield* repr(t, filename2)}`;
          }
          return `[Errno ${yield* str(t, errno)}] ${yield* str(t, strerror)}: ${yield* repr(t, filename)}`;
        }
        if (errno !== None && strerror !== None)
          return `[Errno ${yield* str(t, errno)}] ${yield* str(t, strerror)}`;
        return yield* baseStr(t, e);
      },
    },
  });

  // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
  defineMethods(E.SyntaxError, {
    __init__: {
      gen: function* (t, self, args) {
        const e = ev(self);
        e.args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
        const attrs: Record<string, PyValue> = {
          msg: args.length ? args[0]! : None,
          filename: None,
          lineno: None,
          offset: None,
          text: None,
          end_lineno: None,
          end_offset: None,
          print_file_and_line: None,
        };
        if (args.length === 2) {
          const info = yield* toArray(t, args[1]!);
          if (info.length < 4 || info.length > 6) throw typeError("function takes exactly 4 arguments");
          [attrs.filename, attrs.lineno, attrs.offset, attrs.text] = info as [
            PyValue,
            PyValue,
            PyValue,
            PyValue,
          ];
          if (info.length > 4) attrs.end_lineno = info[4]!;
          if (info.length > 5) attrs.end_offset = info[5]!;
        }
        setAttrs(e, attrs);
        return None;
      },
    },
    __str__: {
      gen: function* (t, self) {
        const e = ev(self);
        const msg = attr(e, "msg");
        const msgText = msg === None ? yield* baseStrText(t, e) : yield* str(t, msg);
        const filename = attr(e, "filename");
        const lineno = attr(e, "lineno");
        const fname = typeof filename === "string" ? filename.slice(filename.lastIndexOf("/") + 1) : null;
        const hasLine = typeof lineno === "number";
        if (fname !== null && hasLine) return `${msgText} (${fname}, line ${lineno})`;
        if (fname !== null) return `${msgText} (${fname})`;
        if (hasLine) return `${msgText} (line ${lineno})`;
        return msgText;
      },
    },
  });

  // UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError (Objects/exceptions.c):
  // the five (or four) arguments are kept as attributes, which __str__ reads (they may be set).
  const unicodeKinds: [PyType, "encode" | "decode" | "translate"][] = [
    [E.UnicodeEncodeError, "encode"],
    [E.UnicodeDecodeError, "decode"],
    [E.UnicodeTranslateError, "translate"],
  ];
  for (const [type, kind] of unicodeKinds) {
    defineMethods(type, {
      __init__: (_t, self, args) => {
        const e = ev(self);
        e.args = new PyTuple(args);
        const n = kind === "translate" ? 4 : 5;
        if (args.length !== n)
          throw typeError(`function takes exactly ${n} arguments (${args.length} given)`);
        const a = kind === "translate" ? [None, ...args] : args;
        const need = (v: PyValue, ok: boolean, what: string): PyValue => {
          if (!ok) throw typeError(`argument ${what} must be str, not ${typeName(v)}`);
          return v;
        };
        if (kind !== "translate") need(a[0]!, typeof a[0] === "string", "1");
        let obj = a[1]!;
        if (kind === "decode") {
          if (!(obj instanceof PyBytes || obj instanceof PyByteArray))
            throw typeError(`a bytes-like object is required, not '${typeName(obj)}'`);
          if (obj instanceof PyByteArray) obj = new PyBytes(obj.bytes.slice());
        } else need(obj, typeof obj === "string", kind === "translate" ? "1" : "2");
        for (const i of [2, 3])
          if (intValue(a[i]!) === undefined)
            throw typeError(`'${typeName(a[i]!)}' object cannot be interpreted as an integer`);
        setAttrs(e, { encoding: a[0]!, object: obj, start: a[2]!, end: a[3]!, reason: a[4]! });
        return None;
      },
      __str__: {
        gen: function* (t, self) {
          const e = ev(self);
          if (e.dict === null || !e.dict.hasStr("object")) return yield* baseStr(t, e);
          const obj = attr(e, "object");
          const start = Number(intValue(attr(e, "start")) ?? 0);
          const end = Number(intValue(attr(e, "end")) ?? 0);
          const reason = yield* str(t, attr(e, "reason"));
          const prefix =
            kind === "translate"
              ? "can't translate"
              : `'${yield* str(t, attr(e, "encoding"))}' codec can't ${kind}`;
          if (kind === "decode") {
            const bytes = obj instanceof PyBytes ? obj.bytes : new Uint8Array(0);
            if (start < bytes.length && end === start + 1)
              return `${prefix} byte 0x${bytes[start]!.toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
            return `${prefix} bytes in position ${start}-${end - 1}: ${reason}`;
          }
          const cps = typeof obj === "string" ? [...obj] : [];
          if (start < cps.length && start >= 0 && end === start + 1) {
            const cp = cps[start]!.codePointAt(0)!;
            const shown =
              cp < 0x100
                ? `\\x${cp.toString(16).padStart(2, "0")}`
                : cp < 0x10000
                  ? `\\u${cp.toString(16).padStart(4, "0")}`
                  : `\\U${cp.toString(16).padStart(8, "0")}`;
            return `${prefix} character '${shown}' in position ${start}: ${reason}`;
          }
          return `${prefix} characters in position ${start}-${end - 1}: ${reason}`;
        },
      },
    });
  }

  // Exception groups.
  defineStatic(E.BaseExceptionGroup, {
    __new__: { gen: (t, _self, args) => groupNew(t, args[0] as PyType, args.slice(1)) },
  });
  defineMethods(E.BaseExceptionGroup, {
    __init__: () => None,
    __str__: {
      gen: function* (t, self) {
        const e = ev(self);
        const n = (attr(e, "exceptions") as PyTuple).items.length;
        return `${yield* str(t, attr(e, "message"))} (${n} sub-exception${n === 1 ? "" : "s"})`;
      },
    },
    __repr__: {
      gen: function* (t, self) {
        const e = ev(self);
        return `${e.type.name}(${yield* repr(t, e.args.items[0]!)}, ${yield* repr(t, e.args.items[1]!)})`;
      },
    },
    derive: {
      gen: function* (t, self, args) {
        return yield* call(t, E.BaseExceptionGroup, [attr(ev(self), "message"), args[0]!]);
      },
    },
    split: { gen: (t, self, args) => splitGroup(t, ev(self), args[0]!, true) },
    subgroup: {
      gen: function* (t, self, args) {
        const [match] = (yield* splitGroup(t, ev(self), args[0]!, false)).items;
        return match!;
      },
    },
  });
  baseNew = Base.ns.get("__new__") ?? null;
  baseInit = Base.ns.get("__init__") ?? null;
  for (const type of EXCEPTION_TYPES.values()) type.callFast = exceptionCallFast;
}

/** Types (other than the built-in ones) whose __init__ is their own Python code. */
function hasKwInit(t: PyType): boolean {
  return t.isHeapType && t.lookup("__init__") !== E.BaseException.ns.get("__init__");
}

/** A predicate for split/subgroup: a type, a tuple of types, or a callable. */
function* matches(t: Thread, e: PyBaseException, cond: PyValue): Gen<boolean> {
  if (cond instanceof PyObject && cond.type.isSubtype(typeOf(E.BaseException)))
    return e.type.isSubtype(cond as PyType);
  if (cond instanceof PyTuple) return cond.items.some((c) => e.type.isSubtype(c as PyType));
  const r = yield* call(t, cond, [e]);
  return r === true;
}

/** BaseExceptionGroup.split: (match, rest), keeping the nesting, both derived from the original. */
export function* splitGroup(t: Thread, eg: PyBaseException, cond: PyValue, wantRest: boolean): Gen<PyTuple> {
  if (yield* matches(t, eg, cond)) return new PyTuple([eg, None]);
  const excs = (attr(eg, "exceptions") as PyTuple).items as PyBaseException[];
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const x of excs) {
    if (x.type.isSubtype(E.BaseExceptionGroup)) {
      const [m, r] = (yield* splitGroup(t, x, cond, wantRest)).items;
      if (m !== None) matched.push(m!);
      if (r !== None) rest.push(r!);
    } else if (yield* matches(t, x, cond)) matched.push(x);
    else rest.push(x);
  }
  const derive = function* (items: PyValue[]): Gen<PyValue> {
    if (items.length === 0) return None;
    const d = yield* callDerive(t, eg, items);
    if (d instanceof PyBaseException) {
      d.traceback = eg.traceback;
      d.cause = eg.cause;
      d.context = eg.context;
      const notes = eg.dict?.getStr("__notes__");
      if (notes !== undefined) setAttrs(d, { __notes__: notes });
    }
    return d;
  };
  return new PyTuple([yield* derive(matched), wantRest ? yield* derive(rest) : None]);
}

function* callDerive(t: Thread, eg: PyBaseException, items: PyValue[]): Gen<PyValue> {
  const m = typeOf(eg).lookup("derive")!;
  return yield* callMethod(t, m, eg, [new PyList(items)]);
}
