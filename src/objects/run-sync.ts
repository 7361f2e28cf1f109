import { InternalError } from "./core.js";
import type { Gen } from "./suspend.js";

/**
 * Runs a native generator that cannot need Python code (its inputs are known to be built-in
 * values) to completion. Reaching a request here is an engine bug.
 */
export function runSync<T>(g: Gen<T>): T {
  const r = g.next();
  if (!r.done) throw new InternalError(`runSync: unexpected ${r.value.kind} request`);
  return r.value;
}
