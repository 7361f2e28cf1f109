/**
 * The array.array object (arrayobject in Modules/arraymodule.c): items of one C type packed in
 * a byte buffer that grows by doubling. It exports that buffer (memoryview, struct, bytes()),
 * and refuses to change size while an export is alive, as array_resize does.
 */
import type { PyType, PyValue } from "../../objects/core.js";
import { defineBuiltinType } from "../../objects/core.js";
import { PyBufferExporter } from "../../objects/buffer-exporter.js";
import { E, newException } from "../../objects/exceptions.js";
import { PyFloat } from "../../objects/float.js";
import { norm } from "../../objects/int.js";
import { mark } from "../../memory/census.js";
import type { Thread } from "../../vm/thread.js";
import type { Item, TypeCode } from "./typecodes.js";
import { TYPECODES } from "./typecodes.js";

export class PyArray extends PyBufferExporter {
  /** Storage; the items are buf[0 .. length * itemsize). */
  buf = new Uint8Array(0);
  length = 0;
  /** Items the storage has room for (CPython's `allocated`). */
  allocated = 0;
  private dv = new DataView(this.buf.buffer);
  constructor(
    type: PyType,
    public tc: TypeCode = TYPECODES.get("b")!,
  ) {
    super(type);
  }

  get bytes(): Uint8Array {
    return this.buf.subarray(0, this.length * this.tc.itemsize);
  }
  get bufferFormat(): string {
    return this.tc.format;
  }
  get bufferItemsize(): number {
    return this.tc.itemsize;
  }

  /** Item i as a Python value. */
  get(i: number): PyValue {
    return toValue(this.tc, this.tc.read(this.dv, i * this.tc.itemsize));
  }
  getItem(i: number): Item {
    return this.tc.read(this.dv, i * this.tc.itemsize);
  }
  set(i: number, v: Item): void {
    this.tc.write(this.dv, i * this.tc.itemsize, v);
  }
  items(): Item[] {
    const out: Item[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.getItem(i));
    return out;
  }
  values(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.get(i));
    return out;
  }

  /**
   * array_resize: a new length, refused while the buffer is exported. Views no longer reachable
   * from the program count as released first (CPython releases a view when its last reference
   * goes); `t` is null only for arrays that cannot have views yet.
   */
  resize(t: Thread | null, n: number): void {
    if (n === this.length) return;
    if (this.exports > 0 && t !== null) releaseUnreachableViews(t, this);
    if (this.exports > 0)
      throw newException(E.BufferError, "cannot resize an array that is exporting buffers");
    // CPython's over-allocation, so __sizeof__ (sys.getsizeof) grows in the same steps.
    if (this.allocated >= n && this.length < n + 16 && this.allocated > 0) {
      this.length = n;
      return;
    }
    this.realloc(n === 0 ? 0 : (n >> 4) + (this.length < 8 ? 3 : 7) + n, n);
  }

  /** New storage for `allocated` items, keeping the first min(length, n) items; length n. */
  private realloc(allocated: number, n: number): void {
    const next = new Uint8Array(allocated * this.tc.itemsize);
    next.set(this.buf.subarray(0, Math.min(n, this.length) * this.tc.itemsize));
    this.buf = next;
    this.dv = new DataView(next.buffer);
    this.allocated = allocated;
    this.length = n;
  }

  /** Fills a new, empty array with exactly these items (newarrayobject's exact allocation). */
  initExact(items: readonly Item[]): void {
    this.realloc(items.length, items.length);
    items.forEach((x, i) => this.set(i, x));
  }

  /** Replaces items [start, stop) by `items` (raw). */
  splice(t: Thread | null, start: number, stop: number, items: readonly Item[]): void {
    const tail = this.items().slice(stop);
    this.resize(t, start + items.length + tail.length);
    let at = start;
    for (const x of items) this.set(at++, x);
    for (const x of tail) this.set(at++, x);
  }

  /** Appends raw bytes (a whole number of items). */
  appendBytes(t: Thread | null, b: Uint8Array): void {
    const old = this.length * this.tc.itemsize;
    this.resize(t, this.length + b.length / this.tc.itemsize);
    this.buf.set(b, old);
  }

  push(t: Thread | null, items: readonly Item[]): void {
    const at = this.length;
    this.resize(t, this.length + items.length);
    items.forEach((x, k) => this.set(at + k, x));
  }
}

/** Releases the views on `a` that nothing in the program can reach any more. */
function releaseUnreachableViews(t: Thread, a: PyArray): void {
  const live = mark(t.interp.memory.roots(false));
  for (const v of [...a.views]) if (!live.has(v)) v.release();
}

export function toValue(tc: TypeCode, x: Item): PyValue {
  if (tc.kind === "float") return new PyFloat(x as number);
  if (typeof x === "bigint") return norm(x);
  return x;
}

export const arrayType = defineBuiltinType("array", { alloc: (t) => new PyArray(t) });
arrayType.ns.set("__module__", "array");

export const arrayIteratorType = defineBuiltinType("arrayiterator", { subclassable: false });
arrayIteratorType.ns.set("__module__", "array");
