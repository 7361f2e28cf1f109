/**
 * Binding call arguments to a Python function's parameters (initialize_locals in Python/ceval.c,
 * 3.11), with CPython's exact TypeError messages, which name the function by its qualname.
 */
import type { PyValue } from "../objects/core.js";
import { CodeFlags } from "../compiler/code.js";
import { PyDict } from "../objects/dict.js";
import { typeError } from "../objects/exceptions.js";
import type { PyFunction } from "../objects/function.js";
import { EMPTY_TUPLE, PyTuple } from "../objects/tuple.js";

/**
 * Fills slots[0 .. totalArgs) of a new frame from `src[start .. start + npos)` (positional) and
 * the values after them, named by `kwnames`.
 */
export function bindArguments(
  func: PyFunction,
  slots: (PyValue | null)[],
  src: readonly (PyValue | null)[],
  start: number,
  npos: number,
  kwnames: readonly string[] | null,
): void {
  const co = func.code;
  const argcount = co.argcount;
  const flags = co.flags;
  const nkwonly = co.kwonlyargcount;
  const totalArgs = argcount + nkwonly;
  // Fast path: exactly the positional parameters, no keywords.
  if (
    kwnames === null &&
    npos === argcount &&
    (flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) === 0 &&
    nkwonly === 0
  ) {
    for (let i = 0; i < npos; i++) slots[i] = src[start + i]!;
    return;
  }
  let kwdict: PyDict | null = null;
  if (flags & CodeFlags.VARKEYWORDS) {
    kwdict = new PyDict();
    slots[totalArgs + (flags & CodeFlags.VARARGS ? 1 : 0)] = kwdict;
  }
  const n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) slots[i] = src[start + i]!;
  if (flags & CodeFlags.VARARGS) {
    slots[totalArgs] = npos > n ? new PyTuple(src.slice(start + n, start + npos) as PyValue[]) : EMPTY_TUPLE;
  }
  if (kwnames !== null) {
    const names = co.localsplusNames;
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k]!;
      const value = src[start + npos + k]!;
      let j = -1;
      for (let p = co.posonlyargcount; p < totalArgs; p++) {
        if (names[p] === name) {
          j = p;
          break;
        }
      }
      if (j < 0) {
        if (kwdict === null) {
          if (co.posonlyargcount > 0) positionalOnlyAsKeyword(func, kwnames);
          throw typeError(`${func.qualname}() got an unexpected keyword argument '${name}'`);
        }
        kwdict.setStr(name, value);
        continue;
      }
      if (slots[j] !== null) throw typeError(`${func.qualname}() got multiple values for argument '${name}'`);
      slots[j] = value;
    }
  }
  if (npos > argcount && !(flags & CodeFlags.VARARGS)) tooManyPositional(func, npos, slots);
  if (npos < argcount) {
    const defaults = func.defaults?.items ?? [];
    const defcount = defaults.length;
    const m = argcount - defcount;
    let missing = 0;
    for (let i = npos; i < m; i++) if (slots[i] === null) missing++;
    if (missing) missingArguments(func, missing, defcount, slots, true);
    for (let i = n > m ? n - m : 0; i < defcount; i++) {
      if (slots[m + i] === null) slots[m + i] = defaults[i]!;
    }
  }
  if (nkwonly > 0) {
    let missing = 0;
    for (let i = argcount; i < totalArgs; i++) {
      if (slots[i] !== null) continue;
      const def = func.kwdefaults?.getStr(co.localsplusNames[i]!);
      if (def !== undefined) {
        slots[i] = def;
        continue;
      }
      missing++;
    }
    if (missing) missingArguments(func, missing, -1, slots, false);
  }
}

function positionalOnlyAsKeyword(func: PyFunction, kwnames: readonly string[]): void {
  const co = func.code;
  const bad: string[] = [];
  for (let p = 0; p < co.posonlyargcount; p++) {
    if (kwnames.includes(co.localsplusNames[p]!)) bad.push(co.localsplusNames[p]!);
  }
  if (bad.length > 0) {
    throw typeError(
      `${func.qualname}() got some positional-only arguments passed as keyword arguments: '${bad.join(", ")}'`,
    );
  }
}

function tooManyPositional(func: PyFunction, given: number, slots: readonly (PyValue | null)[]): never {
  const co = func.code;
  let kwonlyGiven = 0;
  for (let i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) if (slots[i] !== null) kwonlyGiven++;
  const defcount = func.defaults?.items.length ?? 0;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    sig = `from ${co.argcount - defcount} to ${co.argcount}`;
    plural = true;
  } else {
    sig = String(co.argcount);
    plural = co.argcount !== 1;
  }
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`
    : "";
  throw typeError(
    `${func.qualname}() takes ${sig} positional argument${plural ? "s" : ""} but ${given}${kwonlySig} ${given === 1 && !kwonlyGiven ? "was" : "were"} given`,
  );
}

function missingArguments(
  func: PyFunction,
  missing: number,
  defcount: number,
  slots: readonly (PyValue | null)[],
  positional: boolean,
): never {
  const co = func.code;
  const [start, end] = positional
    ? [0, co.argcount - defcount]
    : [co.argcount, co.argcount + co.kwonlyargcount];
  const names: string[] = [];
  for (let i = start; i < end; i++) if (slots[i] === null) names.push(`'${co.localsplusNames[i]}'`);
  let list: string;
  if (names.length === 1) list = names[0]!;
  else if (names.length === 2) list = `${names[0]} and ${names[1]}`;
  else list = `${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
  throw typeError(
    `${func.qualname}() missing ${missing} required ${positional ? "positional" : "keyword-only"} argument${missing === 1 ? "" : "s"}: ${list}`,
  );
}
