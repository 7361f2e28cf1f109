/** Small checks and conversions used everywhere natives read their arguments. */
import type { PyType, PyValue } from "./core.js";
import { None, PyObject, TypeFlags, intType, strType, typeOf } from "./core.js";
import { typeError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import type { PyInt } from "./int.js";
import type { Kw } from "./native.js";

/** type(v).__name__, as messages print it (tp_name). */
/** The type's tp_name, as CPython's messages show it. */
export function typeName(v: PyValue): string {
  return typeOf(v).tpName;
}

/** Is v an int (including bool and int subclasses) — PyLong_Check. */
export function isIntLike(v: PyValue): boolean {
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  return (v as PyObject).type !== undefined && ((v as PyObject).type.flags & TypeFlags.LONG_SUBCLASS) !== 0;
}

/** Instances of int subclasses carry their value here. */
export class PyIntSubclass extends PyObject {
  constructor(
    type: PyType,
    readonly value: PyInt,
  ) {
    super(type);
  }
}

/** Instances of str subclasses carry their value here. */
export class PyStrSubclass extends PyObject {
  constructor(
    type: PyType,
    readonly value: string,
  ) {
    super(type);
  }
}

/** The int value of an int-like (PyLong_Check) value, or undefined. */
export function intValue(v: PyValue): PyInt | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return undefined;
    default:
      return v instanceof PyIntSubclass ? v.value : undefined;
  }
}

/** The str value of a str or str subclass instance, or undefined. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  return v instanceof PyStrSubclass ? v.value : undefined;
}

export function isStr(v: PyValue): boolean {
  return typeof v === "string" || v instanceof PyStrSubclass;
}

export function isFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat;
}

export function isNone(v: PyValue | null | undefined): boolean {
  return v === None;
}

/** Throws "f() takes no keyword arguments" when keywords were passed. */
export function noKw(name: string, kwnames: Kw): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** Positional count check with CPython's PyArg_UnpackTuple message ("f expected at most 2 arguments, got 3"). */
export function unpackArgs(name: string, args: PyValue[], kwnames: Kw, min: number, max: number): void {
  noKw(name, kwnames);
  const n = args.length;
  if (n < min || n > max) {
    const word = min === max ? "" : n < min ? "at least " : "at most ";
    const count = n < min ? min : max;
    throw typeError(`${name} expected ${word}${count} argument${count === 1 ? "" : "s"}, got ${n}`);
  }
}

/** METH_NOARGS check: "f() takes no arguments (1 given)". */
export function noArgs(name: string, args: PyValue[], kwnames: Kw): void {
  noKw(name, kwnames);
  if (args.length !== 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}

/** METH_O check: "f() takes exactly one argument (0 given)". */
export function oneArg(name: string, args: PyValue[], kwnames: Kw): PyValue {
  noKw(name, kwnames);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** Argument Clinic style positional range check ("f() takes at most 2 arguments (3 given)"). */
export function clinicArgs(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) {
    if (min === max)
      throw typeError(`${name}() takes exactly ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
    throw typeError(`${name}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  }
  if (n > max) {
    if (min === max)
      throw typeError(`${name}() takes exactly ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
    throw typeError(`${name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
  }
}

/**
 * Parses positional-or-keyword arguments by name (Argument Clinic's keyword handling): returns
 * one slot per name, undefined where not given. `posOnly` leading names cannot be passed by keyword.
 */
export function parseArgs(
  name: string,
  args: PyValue[],
  kwnames: Kw,
  names: readonly string[],
  required: number,
  options: { posOnly?: number; kwOnlyFrom?: number } = {},
): (PyValue | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const posOnly = options.posOnly ?? 0;
  const maxPos = options.kwOnlyFrom ?? names.length;
  if (npos > maxPos) {
    if (nkw === 0 && maxPos === names.length && required === maxPos)
      throw typeError(`${name}() takes exactly ${maxPos} argument${maxPos === 1 ? "" : "s"} (${npos} given)`);
    throw typeError(
      `${name}() takes at most ${maxPos} ${nkw || options.kwOnlyFrom !== undefined ? "positional " : ""}argument${maxPos === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  const out: (PyValue | undefined)[] = new Array<PyValue | undefined>(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k]!;
    const i = names.indexOf(kw);
    if (i < 0 || i < posOnly) {
      if (i >= 0 && i < posOnly)
        throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${kw}'`);
      throw typeError(`'${kw}' is an invalid keyword argument for ${name}()`);
    }
    if (out[i] !== undefined)
      throw typeError(`argument for ${name}() given by name ('${kw}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < npos || nkw > 0 || i >= posOnly)
        throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
      throw typeError(
        `${name}() takes ${required === names.length ? "exactly" : "at least"} ${required} argument${required === 1 ? "" : "s"} (${npos} given)`,
      );
    }
  }
  return out;
}

/** Is `cls` exactly str (not a subclass) — for fast paths that must not skip overrides. */
export function isExactStrType(t: PyType): boolean {
  return t === strType;
}

export function isExactIntType(t: PyType): boolean {
  return t === intType;
}
