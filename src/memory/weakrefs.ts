/**
 * The weak references of an interpreter (Objects/weakrefobject.c): for each referent, its
 * weakref objects, newest first as CPython's list keeps them (callback-less refs are shared
 * and kept in front). When the referent dies they are cleared and their callbacks called
 * (PyObject_ClearWeakRefs).
 */
import type { PyValue } from "../objects/core.js";
import { PyObject } from "../objects/core.js";
import { PyBaseException } from "../objects/exceptions.js";
import { call } from "../objects/ops/call.js";
import type { Gen } from "../objects/suspend.js";
import type { Thread } from "../vm/thread.js";

/** What the memory manager needs from a weakref object. */
export interface WeakRefLike extends PyObject {
  referent: PyObject | null;
  callback: PyValue | null;
}

interface Unraisable {
  unraisable(t: Thread, exc: PyBaseException, obj: PyValue): Gen<void>;
}

export class WeakRefs {
  private readonly byReferent = new Map<PyObject, WeakRefLike[]>();

  /** The weakrefs to `o`, in CPython's list order. */
  of(o: PyObject): WeakRefLike[] {
    return this.byReferent.get(o) ?? [];
  }

  /** No object is weakly referenced (a collection skips looking). */
  empty(): boolean {
    return this.byReferent.size === 0;
  }

  /** Is `o` weakly referenced? */
  has(o: PyObject): boolean {
    return this.byReferent.has(o);
  }

  add(o: PyObject, ref: WeakRefLike, front: boolean): void {
    let list = this.byReferent.get(o);
    if (list === undefined) this.byReferent.set(o, (list = []));
    if (front) list.unshift(ref);
    else {
      // After the callback-less refs and proxies at the head, new ones go first.
      let i = 0;
      while (i < list.length && list[i]!.callback === null) i++;
      list.splice(i, 0, ref);
    }
  }

  /** A weakref object died: it leaves its referent's list, its callback never runs. */
  forget(ref: PyObject): void {
    const r = ref as WeakRefLike;
    if (r.referent !== null && r.referent !== undefined) this.remove(r.referent, r);
  }

  remove(o: PyObject, ref: WeakRefLike): void {
    const list = this.byReferent.get(o);
    if (list === undefined) return;
    const i = list.indexOf(ref);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byReferent.delete(o);
  }

  /** The referent died: clear every ref, then call the callbacks of those still alive. */
  *clear(t: Thread, mem: Unraisable, o: PyObject, garbage: Set<PyObject> | null = null): Gen<void> {
    const list = this.byReferent.get(o);
    if (list === undefined) return;
    this.byReferent.delete(o);
    for (const r of list) r.referent = null;
    for (const r of list) {
      const cb = r.callback;
      // A weakref that is garbage itself does not call back (handle_weakrefs).
      if (cb === null || garbage?.has(r)) continue;
      r.callback = null;
      try {
        yield* call(t, cb, [r]);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        yield* mem.unraisable(t, e, cb);
      }
    }
  }
}
