/**
 * `except*` (PEP 654): CHECK_EG_MATCH splits the exception group being handled, and
 * PREP_RERAISE_STAR combines what the clauses raised or re-raised (Objects/exceptions.c
 * _PyExc_PrepReraiseStar, Python/ceval.c exception_group_match).
 */
import type { PyValue } from "../objects/core.js";
import { None, PyType } from "../objects/core.js";
import { E, PyBaseException, typeError } from "../objects/exceptions.js";
import { splitGroup } from "../objects/exceptions-methods.js";
import { PyList } from "../objects/list.js";
import { PyBuiltin } from "../objects/native.js";
import { call } from "../objects/ops/call.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import type { Frame } from "./frame.js";
import { O } from "./opcode-numbers.generated.js";
import type { Thread } from "./thread.js";

function isGroup(v: PyValue): boolean {
  return v instanceof PyBaseException && v.type.isSubtype(E.BaseExceptionGroup);
}

/** check_except_star_type_valid. */
function checkType(matchType: PyValue): void {
  const types = matchType instanceof PyTuple ? matchType.items : [matchType];
  for (const t of types) {
    if (!(t instanceof PyType && t.isSubtype(E.BaseException))) {
      throw typeError("catching classes that do not inherit from BaseException is not allowed");
    }
    if (t.isSubtype(E.BaseExceptionGroup)) {
      throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }
}

function matchesType(e: PyBaseException, matchType: PyValue): boolean {
  const types = matchType instanceof PyTuple ? matchType.items : [matchType];
  return types.some((t) => e.type.isSubtype(t as PyType));
}

/** exception_group_match: [match, rest]. */
function* groupMatch(t: Thread, exc: PyValue, matchType: PyValue): Gen<[PyValue, PyValue]> {
  if (exc === None) return [None, None];
  const e = exc as PyBaseException;
  if (!isGroup(e) && matchesType(e, matchType)) {
    const wrapped = (yield* call(t, E.BaseExceptionGroup, ["", new PyTuple([e])])) as PyBaseException;
    wrapped.traceback = e.traceback;
    return [wrapped, None];
  }
  if (isGroup(e)) {
    const [m, r] = (yield* splitGroup(t, e, matchType, true)).items as [PyValue, PyValue];
    return [m, r];
  }
  return [None, exc];
}

function leaves(e: PyBaseException, out: Set<PyBaseException>): void {
  if (isGroup(e)) {
    const excs = e.dict?.getStr("exceptions");
    if (excs instanceof PyTuple) for (const x of excs.items) leaves(x as PyBaseException, out);
  } else out.add(e);
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return (
    a.dict?.getStr("__notes__") === b.dict?.getStr("__notes__") &&
    a.traceback === b.traceback &&
    a.cause === b.cause &&
    a.context === b.context
  );
}

/** _PyExc_PrepReraiseStar. */
function* prepReraise(t: Thread, orig: PyValue, excs: PyList): Gen<PyValue> {
  const items = excs.items.filter((x) => x !== None) as PyBaseException[];
  if (items.length === 0) return None;
  if (!isGroup(orig)) return items[0]!;
  const o = orig as PyBaseException;
  const raised: PyBaseException[] = [];
  const reraised: PyBaseException[] = [];
  for (const e of items) {
    if (isGroup(e) && sameMetadata(e, o)) reraised.push(e);
    else if (e === o) reraised.push(e);
    else raised.push(e);
  }
  let reraisedEg: PyValue = None;
  if (reraised.length > 0) {
    const keep = new Set<PyBaseException>();
    for (const r of reraised) leaves(r, keep);
    const pred = new PredicateFn((x) => keep.has(x));
    const [m] = (yield* splitGroup(t, o, pred, false)).items;
    reraisedEg = m!;
  }
  if (raised.length === 0) return reraisedEg;
  const list: PyValue[] = [...raised];
  if (reraisedEg !== None) list.push(reraisedEg);
  if (list.length > 1) return yield* call(t, E.ExceptionGroup, ["", new PyList(list)]);
  return list[0]!;
}

/** A native predicate for splitGroup. */
class PredicateFn extends PyBuiltin {
  constructor(test: (e: PyBaseException) => boolean) {
    super({ name: "predicate", gen: false, fn: (_t, _s, args) => test(args[0] as PyBaseException) }, null);
  }
}

function* exec(t: Thread, f: Frame, op: number): Gen<void> {
  const s = f.slots;
  if (op === O.CHECK_EG_MATCH) {
    const matchType = s[--f.sp]!;
    s[f.sp] = null;
    checkType(matchType);
    const exc = s[f.sp - 1]!;
    const [match, rest] = yield* groupMatch(t, exc, matchType);
    if (match === None) {
      s[f.sp++] = None;
    } else {
      s[f.sp - 1] = rest;
      s[f.sp++] = match;
      t.excInfo.value = match as PyBaseException;
    }
    return;
  }
  if (op === O.PREP_RERAISE_STAR) {
    const excs = s[--f.sp] as PyList;
    s[f.sp] = null;
    const orig = s[f.sp - 1]!;
    s[f.sp - 1] = yield* prepReraise(t, orig, excs);
  }
}

export const exceptStarOps = { exec: (t: Thread, f: Frame, op: number, _arg: number) => exec(t, f, op) };
