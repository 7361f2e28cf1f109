/** Argument conversions shared by the math and cmath modules. */
import type { PyValue } from "../../objects/core.js";
import { None, typeOf } from "../../objects/core.js";
import { carry, newException, E, typeError } from "../../objects/exceptions.js";
import { PyFloat } from "../../objects/float.js";
import { intValue, typeName } from "../../objects/helpers.js";
import { intToFloat } from "../../objects/int.js";
import { callMethod } from "../../objects/ops/call.js";
import type { Gen } from "../../objects/suspend.js";
import type { Thread } from "../../vm/thread.js";

/** A float argument as PyFloat_AsDouble reads it: float, int, __float__, then __index__. */
export function* asDouble(t: Thread, v: PyValue): Gen<number> {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  if (i !== undefined) return carry(() => intToFloat(i));
  const tp = typeOf(v);
  const f = tp.lookup("__float__");
  if (f !== null && f !== None) {
    const r = yield* callMethod(t, f, v, []);
    if (!(r instanceof PyFloat))
      throw typeError(`${tp.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  const idx = tp.lookup("__index__");
  if (idx !== null && idx !== None) {
    const r = yield* callMethod(t, idx, v, []);
    const ri = intValue(r);
    if (ri === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
    return carry(() => intToFloat(ri));
  }
  throw typeError(`must be real number, not ${typeName(v)}`);
}

/** "math domain error": an argument outside the function's domain (CPython's EDOM). */
export const domainError = () => newException(E.ValueError, "math domain error");
/** "math range error": a finite argument whose result overflows (CPython's ERANGE). */
export const rangeError = () => newException(E.OverflowError, "math range error");

/** Checks a positional argument count the way METH_FASTCALL functions with clinic do. */
export function exactly(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
  }
}
