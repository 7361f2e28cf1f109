/**
 * The builtins that reach into frames and the compiler: exec, eval, compile, globals, locals,
 * vars, dir, __build_class__ and __import__ (Python/bltinmodule.c).
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "../objects/core.js";
import { None, PyObject, PyType, cellType, typeOf, typeType } from "../objects/core.js";
import { PyCode, codeFor } from "../objects/code.js";
import { PyDict } from "../objects/dict.js";
import { E, newException, runtimeError, typeError, valueError } from "../objects/exceptions.js";
import { PyCell, PyFunction } from "../objects/function.js";
import { intValue, parseArgs, strValue, typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyBytes } from "../objects/misc.js";
import type { MethodSpec } from "../objects/native.js";
import { frameLocals } from "../objects/misc-types.js";
import { getAttrOpt } from "../objects/ops/attr.js";
import { call, callMethod } from "../objects/ops/call.js";
import { toArray } from "../objects/ops/iter.js";
import { CallRequest } from "../objects/suspend.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import { calculateMetaclass } from "../objects/type-type.js";
import { isMapping } from "../objects/dict-methods.js";
import { listSort } from "../objects/list-methods.js";
import { importAbsolute, importModuleLevel } from "./importer.js";
import { PyCF_ONLY_AST, compilePythonTree, parseToPython } from "./_ast/module.js";
import { isAstNode } from "./_ast/registry.js";
import { PYCF_MASK } from "../compiler/future.js";

/** The calling Python frame of a builtin. */
function callerFrame(t: Thread) {
  const f = t.frame;
  if (f === null) throw newException(E.SystemError, "no current frame");
  return f;
}

function sourceOrCode(t: Thread, src: PyValue, filename: string, mode: "exec" | "eval", fn: string): PyCode {
  if (src instanceof PyCode) return src;
  let text = strValue(src);
  if (text === undefined && src instanceof PyBytes) text = new TextDecoder().decode(src.bytes);
  if (text === undefined) {
    throw typeError(`${fn}() arg 1 must be a string, bytes or code object`);
  }
  if (mode === "eval") text = text.replace(/^[ \t]+/, "");
  return codeFor(t.interp.compileSource(text, filename, mode));
}

/** Runs a code object with explicit globals / locals (PyEval_EvalCode). */
function* runCode(t: Thread, code: PyCode, globals: PyDict, locals: PyValue): Gen<PyValue> {
  if (!globals.hasStr("__builtins__")) globals.setStr("__builtins__", t.interp.builtins);
  const fn = new PyFunction(code, globals, t.interp.builtinsFor(globals));
  return yield* runWithLocals(fn, locals);
}

function* runWithLocals(fn: PyFunction, locals: PyValue, alsoHeld: readonly PyValue[] = []): Gen<PyValue> {
  return yield new CallRequest(fn, [], null, locals, alsoHeld);
}

function* execOrEval(
  t: Thread,
  args: PyValue[],
  kwnames: readonly string[] | null,
  mode: "exec" | "eval",
): Gen<PyValue> {
  const [source, globalsV, localsV] = parseArgs(mode, args, kwnames, ["source", "globals", "locals"], 1, {
    posOnly: 3,
  });
  const caller = callerFrame(t);
  // PyMapping_Check: anything with __getitem__.
  const isMappingLike = (v: PyValue) => v instanceof PyDict || typeOf(v).lookup("__getitem__") !== null;
  const g = globalsV === undefined ? None : globalsV;
  const l = localsV === undefined ? None : localsV;
  if (mode === "eval") {
    if (l !== None && !isMappingLike(l)) throw typeError("locals must be a mapping");
    if (g !== None && !(g instanceof PyDict)) {
      throw typeError(
        isMappingLike(g)
          ? "globals must be a real dict; try eval(expr, {}, mapping)"
          : "globals must be a dict",
      );
    }
  }
  let globals: PyDict;
  let locals: PyValue;
  if (g === None) {
    globals = caller.globals;
    locals = l === None ? frameLocals(caller) : l;
  } else {
    if (!(g instanceof PyDict)) throw typeError(`exec() globals must be a dict, not ${typeName(g)}`);
    globals = g;
    locals = l === None ? g : l;
  }
  if (mode === "exec" && !isMappingLike(locals)) {
    throw typeError(`locals must be a mapping or None, not ${typeName(locals)}`);
  }
  const code = sourceOrCode(t, source!, "<string>", mode, mode);
  if (code.freevars.length > 0)
    throw typeError(`code object passed to ${mode}() may not contain free variables`);
  const r = yield* runCode(t, code, globals, locals);
  return mode === "exec" ? None : r;
}

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds). */
function* buildClass(t: Thread, args: PyValue[], kwnames: readonly string[] | null): Gen<PyValue> {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length < 2) throw typeError("__build_class__: not enough arguments");
  const func = pos[0]!;
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  const name = strValue(pos[1]!);
  if (name === undefined) throw typeError("__build_class__: name is not a string");
  const origBases = pos.slice(2);
  let bases: PyValue[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const me = yield* getAttrOpt(t, b, "__mro_entries__");
    if (me === undefined) {
      bases.push(b);
      continue;
    }
    const entries = yield* call(t, me, [new PyTuple(origBases)]);
    if (!(entries instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
    bases = bases.concat(entries.items);
    changed = true;
  }
  let meta: PyValue | null = null;
  const kwNames: string[] = [];
  const kwValues: PyValue[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === "metaclass") meta = args[pos.length + i]!;
    else {
      kwNames.push(kwnames![i]!);
      kwValues.push(args[pos.length + i]!);
    }
  }
  let isClass = true;
  if (meta === null) meta = bases.length === 0 ? typeType : typeOf(bases[0]!);
  else isClass = meta instanceof PyObject && meta.type.isSubtype(typeType);
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = new PyTuple(bases);
  let ns: PyValue;
  const prep = yield* getAttrOpt(t, meta, "__prepare__");
  if (prep === undefined) ns = new PyDict();
  else ns = yield* call(t, prep, [name, basesTuple, ...kwValues], kwNames.length ? kwNames : null);
  if (!isMapping(ns)) {
    const metaName = isClass ? (meta as PyType).name : "<metaclass>";
    throw typeError(`${metaName}.__prepare__() must return a mapping, not ${typeName(ns)}`);
  }
  // While the body runs, the call's arguments (CPython keeps them on the caller's stack), the
  // metaclass and the resolved bases stay held: a base given only by __mro_entries__ is alive.
  const cell = yield* runWithLocals(func, ns, [...args, meta, basesTuple]);
  if (changed) {
    if (ns instanceof PyDict) yield* ns.set(t, "__orig_bases__", new PyTuple(origBases));
    else
      yield* callMethod(t, typeOf(ns).lookup("__setitem__")!, ns, ["__orig_bases__", new PyTuple(origBases)]);
  }
  const cls = yield* call(t, meta, [name, basesTuple, ns, ...kwValues], kwNames.length ? kwNames : null);
  if (cls instanceof PyType && cell instanceof PyCell && cell.type === cellType) {
    const cellCls = cell.contents;
    if (cellCls !== cls) {
      if (cellCls === null) {
        throw runtimeError(
          `__class__ not set defining '${name}' as ${clsRepr(cls)}. Was __classcell__ propagated to type.__new__?`,
        );
      }
      throw typeError(`__class__ set to ${clsRepr(cellCls)} defining '${name}' as ${clsRepr(cls)}`);
    }
  }
  return cls;
}

function clsRepr(v: PyValue): string {
  if (v instanceof PyType) {
    const mod = v.ns.get("__module__");
    return typeof mod === "string" && mod !== "builtins"
      ? `<class '${mod}.${v.qualname}'>`
      : `<class '${v.qualname}'>`;
  }
  return String(v);
}

/**
 * The flags compile() accepts (builtin_compile_impl): __future__ features (PYCF_MASK), the
 * obsolete CO_NESTED, and PyCF_COMPILE_MASK (ONLY_AST, DONT_IMPLY_DEDENT, TYPE_COMMENTS,
 * ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT).
 */
const COMPILE_FLAGS = PYCF_MASK | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;

export const execFunctions: Record<string, MethodSpec> = {
  exec: { gen: (t, _s, args, kw) => execOrEval(t, args, kw, "exec") },
  eval: { gen: (t, _s, args, kw) => execOrEval(t, args, kw, "eval") },
  compile: {
    gen: function* (t, _s, args, kw) {
      const [source, filename, mode, flags, , optimize] = parseArgs(
        "compile",
        args,
        kw,
        ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        3,
      );
      const flagBits = flags === undefined ? 0 : Number(intValue(flags) ?? 0);
      if (flagBits & ~COMPILE_FLAGS) throw valueError("compile(): unrecognised flags");
      const opt = optimize === undefined ? -1 : Number(intValue(optimize) ?? -1);
      if (opt < -1 || opt > 2) throw valueError("compile(): invalid optimize value");
      const m = strValue(mode!);
      const onlyAst = (flagBits & PyCF_ONLY_AST) !== 0;
      if (m === "func_type") {
        if (!onlyAst) throw valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
      } else if (m !== "exec" && m !== "eval" && m !== "single")
        throw valueError(
          onlyAst
            ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
            : "compile() mode must be 'exec', 'eval' or 'single'",
        );
      const fname = strValue(filename!) ?? "<string>";
      // An ast tree: returned as it is for PyCF_ONLY_AST, else checked and compiled.
      if (isAstNode(t.interp, source)) {
        if (onlyAst) return source!;
        if (m === "func_type") throw valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        return yield* compilePythonTree(t, source!, fname, m, flagBits, opt);
      }
      if (source instanceof PyCode) return source;
      // Bytes are decoded by the parser, which honours a coding cookie or BOM.
      const text = source instanceof PyBytes ? source.bytes : strValue(source!);
      if (text === undefined) throw typeError("compile() arg 1 must be a string, bytes or AST object");
      if (onlyAst) return yield* parseToPython(t, text, fname, m);
      if (m === "func_type") throw valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
      return codeFor(t.interp.compileSource(text, fname, m, flagBits));
    },
  },
  globals: (t) => callerFrame(t).globals,
  locals: (t) => frameLocals(callerFrame(t)),
  vars: {
    gen: function* (t, _s, args) {
      if (args.length === 0) return frameLocals(callerFrame(t));
      if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
      const d = yield* getAttrOpt(t, args[0]!, "__dict__");
      if (d === undefined) throw typeError("vars() argument must have __dict__ attribute");
      return d;
    },
  },
  dir: {
    gen: function* (t, _s, args) {
      let names: PyValue[];
      if (args.length === 0) {
        const loc = frameLocals(callerFrame(t));
        names = loc instanceof PyDict ? loc.keyList() : yield* toArray(t, loc);
      } else {
        const obj = args[0]!;
        const m = typeOf(obj).lookup("__dir__");
        if (m === null) throw typeError("object does not provide __dir__");
        names = yield* toArray(t, yield* callMethod(t, m, obj, []));
      }
      const l = new PyList(names);
      yield* listSort(t, l, [], null);
      return l;
    },
  },
  __build_class__: { gen: (t, _s, args, kw) => buildClass(t, args, kw) },
  // open(): the io module's file layers (lib/io.py) over posix's descriptors, as CPython's
  // builtins.open is _io.open.
  open: {
    gen: function* (t, _s, args, kw) {
      const io = yield* importAbsolute(t, "io");
      const opener = yield* getAttrOpt(t, io, "_open");
      if (opener === undefined) throw newException(E.SystemError, "io._open is missing");
      return yield* call(t, opener, args, kw);
    },
  },
  __import__: {
    gen: function* (t, _s, args, kw) {
      const [name, globals, , fromlist, level] = parseArgs(
        "__import__",
        args,
        kw,
        ["name", "globals", "locals", "fromlist", "level"],
        1,
      );
      const n = strValue(name!);
      if (n === undefined) throw typeError("module name must be a string");
      const g = globals instanceof PyDict ? globals : null;
      const lv = level === undefined ? 0 : Number(level);
      return yield* importModuleLevel(t, n, g, fromlist ?? new PyTuple([]), lv);
    },
  },
};
