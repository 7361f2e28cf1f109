/**
 * The blocking/timeout arguments of lock acquire, parsed as lock_acquire_parse_args in
 * Modules/_threadmodule.c (3.11) does, with _PyTime_FromSecondsObject's conversion errors.
 */
import type { PyValue } from "../../objects/core.js";
import { overflowError, typeError, valueError } from "../../objects/exceptions.js";
import { PyFloat } from "../../objects/float.js";
import { intValue, parseArgs, typeName } from "../../objects/helpers.js";
import type { Kw } from "../../objects/native.js";

/** Largest timeout in seconds (PY_TIMEOUT_MAX / 1e6 on 64-bit Linux): _thread.TIMEOUT_MAX. */
export const TIMEOUT_MAX = 9223372036.0;

const PYTIME_MAX_SECONDS = 9223372036.854776;

/** Seconds of a timeout object as _PyTime_FromSecondsObject reads them. */
export function timeoutSeconds(v: PyValue): number {
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isNaN(x)) throw valueError("Invalid value NaN (not a number)");
    if (!(Math.abs(x) < PYTIME_MAX_SECONDS))
      throw overflowError("timestamp out of range for platform time_t");
    return x;
  }
  const i = intValue(v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = Number(i);
  if (Math.abs(n) > PYTIME_MAX_SECONDS) throw overflowError("timestamp too large to convert to C _PyTime_t");
  return n;
}

function blockingFlag(v: PyValue): boolean {
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const i = intValue(v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (i > 2147483647 || i < -2147483648) {
    throw overflowError(
      i > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum",
    );
  }
  return i !== 0 && i !== 0n;
}

/**
 * acquire(blocking=True, timeout=-1): the wait in seconds — 0 for a non-blocking try,
 * Infinity to wait forever.
 */
export function acquireTimeout(name: string, args: PyValue[], kwnames: Kw): number {
  const [b, to] = parseArgs(name, args, kwnames, ["blocking", "timeout"], 0);
  // "|iO:acquire": blocking is a C int (bool and int subclasses, no __bool__).
  const blocking = b === undefined ? true : blockingFlag(b);
  const timeout = to === undefined ? -1 : timeoutSeconds(to);
  if (!blocking && timeout !== -1) throw valueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw valueError("timeout value must be positive");
  if (!blocking) return 0;
  if (timeout === -1) return Infinity;
  return timeout;
}
