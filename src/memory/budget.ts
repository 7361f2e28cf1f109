/**
 * `--max-memory BYTES`: a budget for the program's live objects, accounted in CPython's sizes
 * (sizes.ts), so that a program that keeps allocating gets `MemoryError` — which it can catch
 * and recover from — instead of exhausting the host. The budget is checked between slices
 * (at most every switch interval's worth of instructions), by a census of the live heap: what
 * is reachable now is what was allocated minus what died. A census costs as much as the heap is
 * large, so the checks are spread out as the heap grows: the next one comes after at least as
 * many instructions as the last census visited objects, and sooner when the budget is nearly
 * spent (docs/internals/memory.md, "--max-memory").
 */
import type { PyValue } from "../objects/core.js";
import { PyObject } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { E, newException } from "../objects/exceptions.js";
import type { PyBaseException } from "../objects/exceptions.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import type { Thread } from "../vm/thread.js";
import { mark } from "./census.js";
import { builtinSizeof, preHeader } from "./sizes.js";

/** The limit in bytes for interpreters created from now on (0: none); set by the command line. */
export const memoryLimit: { bytes: number } = { bytes: 0 };

/** Strings shorter than this are not counted (most are shared constants and names). */
const COUNTED_STR = 64;

interface BudgetState {
  /** Bytes found live by the last census. */
  used: number;
  /** The instruction count at which to take the next census. */
  next: number;
}

const states = new WeakMap<object, BudgetState>();

/** The bytes of live objects reachable from the interpreter's roots, in CPython's sizes. */
export function liveBytes(roots: PyObject[]): { bytes: number; objects: number; items: number } {
  const reach = mark(roots);
  let bytes = 0;
  let items = 0;
  const strings = new Set<string>();
  const countStr = (v: PyValue | null): void => {
    if (typeof v === "string" && v.length >= COUNTED_STR && !strings.has(v)) {
      strings.add(v);
      bytes += 49 + v.length;
    }
  };
  for (const o of reach) {
    bytes += (builtinSizeof(o) ?? 16) + preHeader(o);
    if (o instanceof PyList || o instanceof PyTuple) {
      items += o.items.length;
      for (const v of o.items) countStr(v);
    } else if (o instanceof PyDict) {
      items += o.keys.length;
      for (const v of o.values) countStr(v);
    }
  }
  return { bytes, objects: reach.size, items };
}

/**
 * Called as a thread's slice begins: a census when one is due; the MemoryError to raise in the
 * running frame when the live objects exceed the limit, else null.
 */
export function checkBudget(t: Thread): PyBaseException | null {
  const limit = memoryLimit.bytes;
  const mem = t.interp.memory;
  const now = t.interp.scheduler.totalTicks();
  let s = states.get(mem);
  if (s === undefined) {
    s = { used: 0, next: 0 };
    states.set(mem, s);
  }
  if (now < s.next) return null;
  const live = liveBytes(mem.roots(false));
  s.used = live.bytes;
  // The next census after as many instructions as this one visited objects and items (constant
  // work per instruction), or later while much of the budget is left (an instruction adds tens
  // of bytes at most, bulk operations aside).
  const left = Math.max(0, limit - live.bytes);
  s.next = now + Math.max(live.objects + live.items, Math.floor(left / 16));
  if (live.bytes <= limit) return null;
  return newException(E.MemoryError);
}
