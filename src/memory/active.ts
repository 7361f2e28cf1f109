/**
 * The memory manager of the interpreter whose code is running, for the few places that create
 * objects without a thread at hand (a type's allocator). Set by Memory.enter() at each slice.
 */
import type { PyObject, PyType } from "../objects/core.js";

export const active: {
  watch: ((o: PyObject) => void) | null;
  /** Called when an instance's attribute dict is made (gc does not count it: 3.11 stores it inline). */
  inlineDict: (() => void) | null;
  /** Watches the live instances of a class (and its subclasses) that just got a __del__. */
  watchExisting: ((cls: PyType) => void) | null;
} = { watch: null, inlineDict: null, watchExisting: null };

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
 * `__del__` was set on a class after it was made: its instances, and its subclasses', have a
 * finalizer from now on (slot_tp_finalize looks the method up at each death), those already
 * made included.
 */
export function finalizerAdded(cls: PyType): void {
  const stack = [cls];
  while (stack.length > 0) {
    const c = stack.pop()!;
    watchInstances(c);
    stack.push(...c.subclasses());
  }
  active.watchExisting?.(cls);
}

/**
 * Debug settings for interpreters created from now on (set by the command line's --gc-stress
 * and the test harness): `stress` > 0 runs a full census at every `stress`-th instruction
 * boundary, from the first instruction on, and checks that no object a census declared dead
 * is reachable again (docs/internals/memory.md, "Stress mode").
 */
export const memoryDebug: { stress: number } = { stress: 0 };
