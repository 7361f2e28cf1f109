/**
 * The references an object holds (CPython's tp_traverse), in the order its deallocation
 * releases them (tp_dealloc): the census, the cycle collector, gc.get_referents() and the
 * death cascade all read the heap through this one function.
 *
 * Built-in (non-heap) types, code objects and other immutable natives are leaves: they never
 * hold a program's objects, and not descending into their namespaces keeps a census to the
 * program's own heap.
 */
import { PyObject, PyType, bytesType, complexType, floatType, rangeType } from "../objects/core.js";
import { rangeIteratorType } from "../objects/iterators.js";
import { PyDict } from "../objects/dict.js";
import { PyCell, PyFunction } from "../objects/function.js";
import { PyGenerator } from "../objects/generator.js";
import { PyList } from "../objects/list.js";
import { PySet } from "../objects/set.js";
import { PyTuple } from "../objects/tuple.js";
import { PyCode } from "../objects/code.js";
import { Frame } from "../vm/frame.js";
import { PyBaseException, PyTraceback } from "../objects/exceptions.js";
import { PyBuiltin } from "../objects/native.js";

/**
 * A type flag of the census's own (no CPython Py_TPFLAGS_* bit uses it): the type's instances
 * do not matter to a census. They hold no Python object, cannot be weakly referenced and have
 * no finalizer (CPython does not track them either), so their deaths are invisible and they
 * cannot keep anything alive: a census neither stamps nor lists them. Subclasses do not
 * inherit it (an instance of a class statement's type may have a `__dict__`, `__del__` or
 * weak references). Most allocations of numeric programs are such objects, so their
 * constructor stores no stamp, and the census adds none (a later own property would change
 * their hidden class).
 */
export const CENSUS_ATOMIC = 1 << 2;

for (const t of [floatType, complexType, bytesType, rangeType, rangeIteratorType]) t.flags |= CENSUS_ATOMIC;

/** Is `o` an object no census stamps or lists (CENSUS_ATOMIC)? */
export function censusAtomic(o: PyObject): boolean {
  return (o.type.flags & CENSUS_ATOMIC) !== 0;
}

/**
 * Objects that never hold references a program could observe: atomic objects (not instances of
 * their subclasses, which may have a `__dict__`), built-in types and code objects.
 */
export function isLeaf(o: PyObject): boolean {
  if ((o.type.flags & CENSUS_ATOMIC) !== 0) return true;
  if (o instanceof PyType) return !o.isHeapType;
  return o instanceof PyCode;
}

function push(v: unknown, out: PyObject[]): void {
  if (v instanceof PyObject) out.push(v);
}

function pushArray(a: readonly unknown[], out: PyObject[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const v = a[i];
    if (v instanceof PyObject) out.push(v);
  }
}

/** Fields of JS objects that are bookkeeping, not references (caches, indexes, weak lists). */
const SKIP = new Set([
  "type",
  "shared",
  "referent",
  "cache",
  "fast",
  "byHash",
  "hashes",
  "subclassRefs",
  "code",
  "facts",
]);

/**
 * Appends the objects `o` references to `out`, in dealloc order: a list or tuple releases its
 * items from the last (list_dealloc, tupledealloc), a dict its entries key then value in order
 * (free_keys_object), an instance its slots, then its dict, then its type (subtype_dealloc).
 */
export function referents(o: PyObject, out: PyObject[]): void {
  // A plain instance (of a class without a built-in base): the commonest object, tested first.
  const c = o.constructor;
  if (c === PyObject) {
    generic(o, out, NONE);
    if (o.type.isHeapType) out.push(o.type);
    return;
  }
  // A built-in function or method (the most numerous object of a small heap): what it is
  // bound to, then its owner (as the field walk would list them; it has no other references).
  if (c === PyBuiltin) {
    const b = o as PyBuiltin;
    push(b.self, out);
    push(b.owner, out);
    return;
  }
  if (isLeaf(o)) return;
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    for (let i = items.length - 1; i >= 0; i--) push(items[i], out);
    generic(o, out, ITEMS);
    return;
  }
  if (o instanceof PyDict) {
    const keys = o.keys;
    const values = o.values;
    if (o.shared !== null && !sharedOrder(o.shared, keys)) {
      pushShared(o, o.shared, out);
      generic(o, out, DICT_FIELDS);
      return;
    }
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === null) continue;
      push(keys[i], out);
      push(values[i], out);
    }
    generic(o, out, DICT_FIELDS);
    return;
  }
  if (o instanceof PySet) {
    for (const k of o.keys()) push(k, out);
    generic(o, out, SET_FIELDS);
    return;
  }
  if (o instanceof Frame) {
    // Locals, cells and the live stack (_PyFrame_Clear), then the frame's function and the
    // locals mapping of module and class frames. Globals and builtins are borrowed in 3.11.
    pushArray(o.slots, out, 0, o.sp);
    push(o.locals, out);
    push(o.func, out);
    push(o.initSelf, out);
    // Then f_back and f_trace (frame_traverse, released last by frame_dealloc). A frame handed
    // out keeps its caller's frame when it finishes (take_ownership), skipping natives as
    // f_back does; a running frame's caller is on the stack anyway, and a suspended
    // generator's frame has none.
    let back = o.back;
    while (back !== null && !(back instanceof Frame)) back = back.back;
    if (back !== null) out.push(back);
    if (o.tr !== null) push(o.tr.fTrace, out);
    return;
  }
  if (o instanceof PyFunction) {
    // func_clear's order.
    push(o.globals, out);
    push(o.builtins, out);
    push(o.module, out);
    push(o.defaults, out);
    push(o.kwdefaults, out);
    push(o.doc, out);
    push(o.dict, out);
    push(o.closure, out);
    push(o.annotations, out);
    return;
  }
  if (o instanceof PyTraceback) {
    // tb_dealloc releases tb_next before tb_frame: the innermost frame dies first.
    push(o.next, out);
    push(o.frame, out);
    return;
  }
  if (o instanceof PyBaseException) {
    // BaseException_clear's order: dict, args, traceback, cause, context.
    push(o.dict, out);
    push(o.args, out);
    push(o.traceback, out);
    push(o.cause, out);
    push(o.context, out);
    generic(o, out, EXC_FIELDS);
    if (o.type.isHeapType) out.push(o.type);
    return;
  }
  if (o instanceof PyCell) {
    push(o.contents, out);
    return;
  }
  if (o instanceof PyGenerator) {
    push(o.frame, out);
    push(o.excState.value, out);
    return;
  }
  if (o instanceof PyType) {
    // A heap type holds its namespace, its bases (tp_bases and tp_base), its MRO (which
    // starts with itself) and its metatype.
    for (const v of o.ns.values()) push(v, out);
    for (const b of o.bases) out.push(b);
    if (o.base !== null) out.push(o.base);
    for (const m of o.mro) out.push(m);
    push(o.type, out);
    return;
  }
  generic(o, out, NONE);
  if (o.type.isHeapType) out.push(o.type);
}

const NONE = new Set<string>();
const ITEMS = new Set(["items"]);
const DICT_FIELDS = new Set(["keys", "values"]);
const SET_FIELDS = new Set(["table"]);
const EXC_FIELDS = new Set(["dict", "args", "traceback", "cause", "context"]);

/**
 * `__slots__` values as subtype_dealloc's clear_slots releases them: the most derived class's
 * slots first, each class's in declaration order (the layout puts a base's slots first).
 */
function pushSlots(o: PyObject, slots: readonly unknown[], out: PyObject[]): void {
  let end = slots.length;
  for (let t: PyType | null = o.type; t !== null && end > 0; t = t.base) {
    const start = Math.min(t.base?.nslots ?? 0, end);
    pushArray(slots, out, start, end);
    end = start;
  }
  pushArray(slots, out, 0, end);
}

/**
 * Any other object: its `__slots__`, then its instance dict (subtype_dealloc), then the
 * PyObjects in its own fields, arrays and maps, in field order.
 */
function generic(o: PyObject, out: PyObject[], done: Set<string>): void {
  if (o.memberSlots !== null) pushSlots(o, o.memberSlots, out);
  if (!done.has("dict")) push(o.dict, out);
  // These classes hold references only in the fields read above and by referents() (their
  // other fields are numbers, caches and indexes), so their fields need no walk (which reads
  // each by name, the slow part). Stress mode checks it (stress.ts walks every field).
  const c = o.constructor;
  if (c === PyObject || c === PyList || c === PyTuple || c === PyDict) return;
  const rec = o as unknown as Record<string, unknown>;
  // Most fields hold no object: the value is tested before the name.
  for (const k of Object.keys(rec)) {
    const v = rec[k];
    if (v === null || typeof v !== "object") continue;
    if (SKIP.has(k) || done.has(k) || k === "memberSlots" || k === "dict") continue;
    if (v instanceof PyObject) out.push(v);
    else if (Array.isArray(v)) pushArray(v, out, 0, v.length);
    else if (v instanceof Map) {
      for (const [mk, mv] of v as Map<unknown, unknown>) {
        push(mk, out);
        push(mv, out);
      }
    }
  }
}

/** Are these keys (of a split table) in the order of their shared-key indexes? */
function sharedOrder(shared: Map<string, number>, keys: readonly unknown[]): boolean {
  let last = -1;
  for (const k of keys) {
    if (k === null) continue;
    const i = shared.get(k as string) ?? Infinity;
    if (i < last) return false;
    last = i;
  }
  return true;
}

/**
 * A split table's entries as its values are released (free_values, and an instance's inline
 * values): by shared-key index, whatever order they were inserted in. Keys are strs.
 */
function pushShared(d: PyDict, shared: Map<string, number>, out: PyObject[]): void {
  const order: number[] = [];
  for (let i = 0; i < d.keys.length; i++) if (d.keys[i] !== null) order.push(i);
  order.sort(
    (a, b) => (shared.get(d.keys[a] as string) ?? Infinity) - (shared.get(d.keys[b] as string) ?? Infinity),
  );
  for (const i of order) push(d.values[i], out);
}

/** The referents as a fresh array (gc.get_referents, the cascade). */
export function referentsOf(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  referents(o, out);
  return out;
}
