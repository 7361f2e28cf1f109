/** list: a mutable sequence. The class; methods are in list-methods.ts. */
import type { PyType, PyValue } from "./core.js";
import { PyObject, listType, noteAllocation } from "./core.js";

/** A list's state. */
export interface PyList extends PyObject {
  items: PyValue[];
  /**
   * The slots CPython's list would have allocated (sys.getsizeof): kept by appends, which
   * over-allocate as list_resize does (listAppended); -1 while it is the length the list was
   * made with. Other changes are caught up when asked (src/memory/sizes.ts). On the prototype,
   * so the constructor stores nothing more.
   */
  allocated: number;
}

interface PyListConstructor {
  new (items: PyValue[], type?: PyType): PyList;
  readonly prototype: PyList;
}

/** A base constructor rather than a subclass of PyObject: see noteAllocation in core.ts. */
export const PyList = function PyList(
  this: { type: PyType; items: PyValue[] },
  items: PyValue[],
  type: PyType = listType,
) {
  this.type = type;
  this.items = items;
  noteAllocation(this as unknown as PyObject);
} as unknown as PyListConstructor;
Object.setPrototypeOf(PyList.prototype, PyObject.prototype);
PyList.prototype.allocated = -1;

/** The allocation list_resize chooses when a list of `allocated` slots and `oldSize` items becomes `newSize` long. */
export function listResize(allocated: number, oldSize: number, newSize: number): number {
  if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
  let n = (newSize + (newSize >> 3) + 6) & ~3;
  // Not over-allocated when the new size is closer to that than to the old size.
  if (newSize - oldSize > n - newSize) n = (newSize + 3) & ~3;
  return newSize === 0 ? 0 : n;
}

/** The list went from `oldSize` items to its length by one resize (insert, pop, remove). */
export function listResized(l: PyList, oldSize: number): void {
  l.allocated = listResize(l.allocated < 0 ? oldSize : l.allocated, oldSize, l.items.length);
}

/**
 * The list was extended from `oldSize` items: by a list or tuple, or an iterable whose length
 * (or length hint, 8 when unknown) is `hint`; `sized`: the iterable has a length (list___init__
 * preallocates exactly, rounded up to even, into an empty list) — list_extend's resizes.
 */
export function listExtended(l: PyList, oldSize: number, hint: number, sized: boolean, exact: boolean): void {
  const total = l.items.length;
  let a = l.allocated < 0 ? oldSize : l.allocated;
  if (a === 0 && oldSize === 0 && (exact || sized)) {
    l.allocated = (Math.max(hint, total) + 1) & ~1;
    if (exact) return;
    a = l.allocated;
  } else if (exact) {
    l.allocated = listResize(a, oldSize, total);
    return;
  } else if (hint > 0) a = listResize(a, oldSize, oldSize + hint);
  // Items past the room made are appended one at a time; then the excess is cut back.
  let size = Math.min(total, a);
  while (size < total) {
    a = listResize(a, a, a + 1);
    size = Math.min(total, a);
  }
  if (size < a) a = listResize(a, size, size);
  l.allocated = a;
}

/** An item was just appended: list_resize's growth when the allocation is full. */
export function listAppended(l: PyList): void {
  const n = l.items.length;
  if (n > l.allocated) {
    const old = l.allocated < 0 ? n - 1 : l.allocated;
    if (n > old) l.allocated = (n + (n >> 3) + 6) & ~3;
  }
}

listType.alloc = (t) => new PyList([], t);
