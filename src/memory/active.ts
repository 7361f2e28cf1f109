/**
 * The memory manager of the interpreter whose code is running, for the few places that create
 * objects without a thread at hand (a type's allocator). Set by Memory.enter() at each slice.
 */
import type { PyObject, PyType } from "../objects/core.js";

export const active: {
  watch: ((o: PyObject) => void) | null;
  /** Called when an instance's attribute dict is made (gc does not count it: 3.11 stores it inline). */
  inlineDict: (() => void) | null;
} = { watch: null, inlineDict: null };

const watchingAllocs = new WeakSet<object>();

/**
 * Instances of `cls` have a finalizer (__del__): its allocator registers each new instance
 * with the running interpreter's memory manager, so that its death is looked for.
 */
export function watchInstances(cls: PyType): void {
  if (watchingAllocs.has(cls.alloc)) return;
  const base = cls.alloc;
  const alloc = (tp: PyType): PyObject => {
    const o = base(tp);
    active.watch?.(o);
    return o;
  };
  watchingAllocs.add(alloc);
  cls.alloc = alloc;
}

/**
 * Debug settings for interpreters created from now on (set by the command line's --gc-stress
 * and the test harness): `stress` > 0 runs a full census at every `stress`-th instruction
 * boundary, from the first instruction on, and checks that no object a census declared dead
 * is reachable again (docs/internals/memory.md, "Stress mode").
 */
export const memoryDebug: { stress: number } = { stress: 0 };
