/**
 * Structural pattern matching instructions (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
 * MATCH_CLASS in Python/ceval.c, match_class / match_keys).
 */
import type { PyValue } from "../objects/core.js";
import {
  None,
  PyType,
  boolType,
  bytearrayType,
  bytesType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  mappingproxyType,
  rangeType,
  setType,
  strType,
  tupleType,
  typeOf,
} from "../objects/core.js";
import { E, PyBaseException, typeError, valueError } from "../objects/exceptions.js";
import { typeName } from "../objects/helpers.js";
import { getAttrOpt } from "../objects/ops/attr.js";
import { call } from "../objects/ops/call.js";
import { repr } from "../objects/ops/convert.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import { isInstance } from "../modules/builtins.js";
import type { Frame } from "./frame.js";
import { O } from "./opcode-numbers.generated.js";
import type { Thread } from "./thread.js";

/** Types with Py_TPFLAGS_MATCH_SELF: `int(x)` matches the subject itself. */
const MATCH_SELF = [
  boolType,
  bytearrayType,
  bytesType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  setType,
  strType,
  tupleType,
];

function hasAbc(t: PyType, names: readonly string[]): boolean {
  return t.mro.some((b) => names.includes(b.name) && b.ns.get("__module__") === "collections.abc");
}

/** Py_TPFLAGS_MAPPING. */
export function isMappingForMatch(v: PyValue): boolean {
  const t = typeOf(v);
  return (
    t.isSubtype(dictType) ||
    t === mappingproxyType ||
    hasAbc(t, ["Mapping", "MutableMapping"]) ||
    t.ns.get("_pyglass_mapping") === true
  );
}

/** Py_TPFLAGS_SEQUENCE (str, bytes and bytearray are not sequences here). */
export function isSequenceForMatch(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.isSubtype(strType) || t.isSubtype(bytesType) || t.isSubtype(bytearrayType)) return false;
  return (
    t.isSubtype(listType) ||
    t.isSubtype(tupleType) ||
    t === rangeType ||
    t.name === "deque" ||
    t.name === "memoryview" ||
    hasAbc(t, ["Sequence", "MutableSequence"])
  );
}

function pop(f: Frame): PyValue {
  const v = f.slots[--f.sp]!;
  f.slots[f.sp] = null;
  return v;
}

const DUMMY = new PyTuple([]);

function* matchKeys(t: Thread, subject: PyValue, keys: PyTuple): Gen<PyValue> {
  if (keys.items.length === 0) return new PyTuple([]);
  const get = yield* getAttrOpt(t, subject, "get");
  if (get === undefined) return None;
  const seen: PyValue[] = [];
  const values: PyValue[] = [];
  for (const k of keys.items) {
    for (const s of seen) {
      if (s === k || (typeof s === typeof k && s === k))
        throw valueError(`mapping pattern checks duplicate key (${yield* repr(t, k)})`);
    }
    seen.push(k);
    const v = yield* call(t, get, [k, DUMMY]);
    if (v === DUMMY) return None;
    values.push(v);
  }
  return new PyTuple(values);
}

function* matchClass(
  t: Thread,
  subject: PyValue,
  type: PyValue,
  nargs: number,
  kwargs: PyTuple,
): Gen<PyValue> {
  if (!(type instanceof PyType)) throw typeError("called match pattern must be a type");
  if (!(yield* isInstance(t, subject, type))) return None;
  const seen = new Set<string>();
  const attrs: PyValue[] = [];
  let matchSelf = false;
  if (nargs) {
    let matchArgs: PyValue | undefined = yield* getAttrOpt(t, type, "__match_args__");
    if (matchArgs !== undefined) {
      if (!(matchArgs instanceof PyTuple)) {
        throw typeError(`${type.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
      }
    } else if (MATCH_SELF.some((m) => type.isSubtype(m))) {
      matchSelf = true;
      matchArgs = new PyTuple([]);
    } else {
      matchArgs = new PyTuple([]);
    }
    const allowed = matchSelf ? 1 : (matchArgs as PyTuple).items.length;
    if (allowed < nargs) {
      throw typeError(
        `${type.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`,
      );
    }
    for (let i = 0; i < nargs; i++) {
      if (matchSelf) {
        attrs.push(subject);
        continue;
      }
      const name = (matchArgs as PyTuple).items[i]!;
      if (typeof name !== "string")
        throw typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
      const v = yield* attrOf(t, subject, name, seen, type);
      if (v === undefined) return None;
      attrs.push(v);
    }
  }
  for (const name of kwargs.items) {
    const v = yield* attrOf(t, subject, name as string, seen, type);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return new PyTuple(attrs);
}

function* attrOf(
  t: Thread,
  subject: PyValue,
  name: string,
  seen: Set<string>,
  type: PyType,
): Gen<PyValue | undefined> {
  if (seen.has(name)) throw typeError(`${type.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.add(name);
  try {
    return yield* getAttrOpt(t, subject, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(E.AttributeError)) return undefined;
    throw e;
  }
}

function* exec(t: Thread, f: Frame, op: number, arg: number): Gen<void> {
  switch (op) {
    case O.MATCH_MAPPING: {
      const r = isMappingForMatch(f.slots[f.sp - 1]!);
      f.slots[f.sp++] = r;
      return;
    }
    case O.MATCH_SEQUENCE: {
      const r = isSequenceForMatch(f.slots[f.sp - 1]!);
      f.slots[f.sp++] = r;
      return;
    }
    case O.MATCH_KEYS: {
      const keys = f.slots[f.sp - 1] as PyTuple;
      const subject = f.slots[f.sp - 2]!;
      const r = yield* matchKeys(t, subject, keys);
      f.slots[f.sp++] = r;
      return;
    }
    case O.MATCH_CLASS: {
      const names = pop(f) as PyTuple;
      const type = pop(f);
      const subject = pop(f);
      const r = yield* matchClass(t, subject, type, arg, names);
      f.slots[f.sp++] = r;
      return;
    }
  }
}

export const matchOps = { exec };
