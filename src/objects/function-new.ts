/**
 * function.__new__ (types.FunctionType(code, globals, name=None, argdefs=None, closure=None)):
 * follows func_new_impl in Objects/funcobject.c (3.11), with its argument clinic messages.
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { None } from "./core.js";
import { PyCode } from "./code.js";
import { PyDict } from "./dict.js";
import { typeError, valueError } from "./exceptions.js";
import { PyCell, PyFunction } from "./function.js";
import { strValue, typeName } from "./helpers.js";
import type { Kw } from "./native.js";
import { PyTuple } from "./tuple.js";

const PARAMS = ["code", "globals", "name", "argdefs", "closure"] as const;

/** The five arguments by position and keyword (missing ones undefined), as the clinic parses them. */
function bindArgs(args: readonly PyValue[], kwnames: Kw): (PyValue | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > PARAMS.length) throw typeError(`function() takes at most 5 arguments (${npos} given)`);
  const out: (PyValue | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    const at = (PARAMS as readonly string[]).indexOf(k);
    if (at < 0) throw typeError(`'${k}' is an invalid keyword argument for function()`);
    if (at < npos) throw typeError(`argument for function() given by name ('${k}') and position (${at + 1})`);
    out[at] = args[npos + i];
  }
  for (let i = 0; i < 2; i++)
    if (out[i] === undefined)
      throw typeError(`function() missing required argument '${PARAMS[i]}' (pos ${i + 1})`);
  return out;
}

export function functionNew(t: Thread, _self: PyValue, args: PyValue[], kwnames: Kw): PyValue {
  // args[0] is the type (function cannot be subclassed).
  const [code, globals, name, defaults, closure] = bindArgs(args.slice(1), kwnames);
  if (!(code instanceof PyCode))
    throw typeError(`function() argument 'code' must be code, not ${typeName(code!)}`);
  if (!(globals instanceof PyDict))
    throw typeError(`function() argument 'globals' must be dict, not ${typeName(globals!)}`);
  const nameV = name ?? None;
  if (nameV !== None && strValue(nameV) === undefined) throw typeError("arg 3 (name) must be None or string");
  const defaultsV = defaults ?? None;
  if (defaultsV !== None && !(defaultsV instanceof PyTuple))
    throw typeError("arg 4 (defaults) must be None or tuple");
  const closureV = closure ?? None;
  const nfree = code.freevars.length;
  if (!(closureV instanceof PyTuple)) {
    if (nfree > 0 && closureV === None) throw typeError("arg 5 (closure) must be tuple");
    if (closureV !== None) throw typeError("arg 5 (closure) must be None or tuple");
  }
  const nclosure = closureV instanceof PyTuple ? closureV.items.length : 0;
  if (nfree !== nclosure)
    throw valueError(`${code.name} requires closure of length ${nfree}, not ${nclosure}`);
  if (closureV instanceof PyTuple) {
    for (const c of closureV.items)
      if (!(c instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeName(c)}`);
  }
  const fn = new PyFunction(code, globals, t.interp.builtinsFor(globals));
  if (nameV !== None) fn.name = strValue(nameV)!;
  if (defaultsV instanceof PyTuple) fn.defaults = defaultsV;
  if (closureV instanceof PyTuple) fn.closure = closureV;
  return fn;
}
