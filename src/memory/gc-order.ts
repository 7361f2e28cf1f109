/**
 * The order of the collector's lists, for the finalizers of the collection at interpreter exit.
 *
 * CPython's collector runs finalizers in the order its generation lists hold the garbage. A list
 * starts in allocation order, but a collection rearranges the objects it keeps: move_unreachable
 * (Modules/gcmodule.c) walks the list, sets aside each object no one outside holds, and puts it
 * back at the end when a later object found reachable refers to it. At exit, Py_FinalizeEx runs
 * such a full collection while the modules still hold everything, and the collection after the
 * modules are dropped finalizes the module's objects in the order that one left: the objects
 * a module's namespace holds directly keep their allocation order, the ones reached only through
 * a container made after them (a list display's items, say) come after, in the order their
 * containers were walked (a list's items from the last, as list_traverse visits them).
 *
 * Allocation order comes from stamps the allocation hook records while deaths are observed.
 */
import { PyObject, PyType } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { isLeaf, referents } from "./traverse.js";

export class GcOrder {
  private readonly stamps = new WeakMap<PyObject, number>();
  private next = 1;

  /** An allocation (the hook runs for every new object while deaths are observed). */
  stamp(o: PyObject): void {
    this.stamps.set(o, this.next++);
  }

  /**
   * The position of each of `reach` (tracked objects only, per `tracked`) in the collector's
   * list after a full collection that found them all reachable from `roots`. Objects without
   * a stamp (made before stamping began) are older: first, in `reach`'s order.
   */
  afterFullCollection(
    roots: readonly PyObject[],
    reach: Iterable<PyObject>,
    tracked: (o: PyObject) => boolean,
  ): Map<PyObject, number> {
    const inline = new Set<PyObject>();
    const list: PyObject[] = [];
    for (const o of reach) {
      if (!tracked(o)) continue;
      list.push(o);
      if (o.type.isHeapType && o.dict !== null && !(o instanceof PyType)) inline.add(o.dict);
    }
    const members = new Set<PyObject>();
    for (const o of list) if (!inline.has(o)) members.add(o);
    const order = list.filter((o) => members.has(o));
    const stamp = (o: PyObject): number => this.stamps.get(o) ?? 0;
    order.sort((a, b) => stamp(a) - stamp(b));

    // move_unreachable: `held` objects have references from outside (gc_refs > 0) or were
    // reached from a scanned one; the others are set aside until something scanned reaches them.
    const held = new Set<PyObject>();
    for (const r of roots) if (members.has(r)) held.add(r);
    const scanned = new Map<PyObject, number>();
    const aside = new Set<PyObject>();
    const buf: PyObject[] = [];
    for (let i = 0; i < order.length; i++) {
      const o = order[i]!;
      if (scanned.has(o)) continue;
      if (!held.has(o)) {
        aside.add(o);
        continue;
      }
      scanned.set(o, scanned.size);
      buf.length = 0;
      visit(o, inline, buf);
      for (const r of buf) {
        if (!members.has(r) || scanned.has(r)) continue;
        if (aside.delete(r)) order.push(r);
        held.add(r);
      }
    }
    return scanned;
  }
}

/** tp_traverse: an instance's inline attribute values are visited by the instance itself. */
function visit(o: PyObject, inline: Set<PyObject>, out: PyObject[]): void {
  if (isLeaf(o)) return;
  const start = out.length;
  referents(o, out);
  if (!(o.dict instanceof PyDict) || !inline.has(o.dict)) return;
  const at = out.indexOf(o.dict, start);
  if (at < 0) return;
  const values: PyObject[] = [];
  referents(o.dict, values);
  out.splice(at, 1, ...values);
}
