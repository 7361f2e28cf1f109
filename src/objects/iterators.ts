/**
 * Iterator objects. SyncIterator subclasses produce items without running Python code (list,
 * tuple, str, range, dict and set iterators); GenIterator subclasses may run Python code and are
 * driven as native generators (the __getitem__ sequence iterator, iter(callable, sentinel),
 * enumerate, zip, map, filter, reversed). Both return STOP when exhausted.
 */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { PyObject, defineBuiltinType } from "./core.js";
import type { PyDict } from "./dict.js";
import { runtimeError } from "./exceptions.js";
import type { PyList } from "./list.js";
import type { PySet } from "./set.js";
import { STOP } from "./suspend.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";

export abstract class SyncIterator extends PyObject {
  abstract next(): PyValue;
  /** __length_hint__ where cheap; -1 when unknown. */
  lengthHint(): number {
    return -1;
  }
}

export abstract class GenIterator extends PyObject {
  abstract nextGen(t: Thread): Gen<PyValue>;
}

const it = (name: string): PyType => defineBuiltinType(name, { subclassable: false });
export const listIteratorType = it("list_iterator");
export const listRevIteratorType = it("list_reverseiterator");
export const tupleIteratorType = it("tuple_iterator");
export const strAsciiIteratorType = it("str_ascii_iterator");
export const strIteratorType = it("str_iterator");
export const rangeIteratorType = it("range_iterator");
export const longRangeIteratorType = it("longrange_iterator");
export const dictKeyIteratorType = it("dict_keyiterator");
export const dictValueIteratorType = it("dict_valueiterator");
export const dictItemIteratorType = it("dict_itemiterator");
export const dictRevKeyIteratorType = it("dict_reversekeyiterator");
export const dictRevValueIteratorType = it("dict_reversevalueiterator");
export const dictRevItemIteratorType = it("dict_reverseitemiterator");
export const setIteratorType = it("set_iterator");
export const bytesIteratorType = it("bytes_iterator");
export const bytearrayIteratorType = it("bytearray_iterator");
export const seqIteratorType = it("iterator");
export const callableIteratorType = it("callable_iterator");

export class PyListIter extends SyncIterator {
  i = 0;
  constructor(readonly list: PyList | null) {
    super(listIteratorType);
  }
  next(): PyValue {
    const l = this.list;
    if (l !== null && this.i < l.items.length) return l.items[this.i++]!;
    this.i = Infinity;
    return STOP;
  }
  override lengthHint(): number {
    return this.list && this.i < this.list.items.length ? this.list.items.length - this.i : 0;
  }
}

export class PyListRevIter extends SyncIterator {
  i: number;
  constructor(readonly list: PyList) {
    super(listRevIteratorType);
    this.i = list.items.length - 1;
  }
  next(): PyValue {
    if (this.i >= 0 && this.i < this.list.items.length) return this.list.items[this.i--]!;
    this.i = -1;
    return STOP;
  }
  override lengthHint(): number {
    return this.i >= 0 && this.i < this.list.items.length ? this.i + 1 : 0;
  }
}

export class PyArrayIter extends SyncIterator {
  i = 0;
  constructor(
    type: PyType,
    readonly items: readonly PyValue[],
  ) {
    super(type);
  }
  next(): PyValue {
    if (this.i < this.items.length) return this.items[this.i++]!;
    return STOP;
  }
  override lengthHint(): number {
    return Math.max(0, this.items.length - this.i);
  }
}

export function tupleIter(t: PyTuple): PyArrayIter {
  return new PyArrayIter(tupleIteratorType, t.items);
}

export class PyStrIter extends SyncIterator {
  i = 0;
  constructor(readonly s: string) {
    // eslint-disable-next-line no-control-regex
    super(/^[\x00-\x7f]*$/.test(s) ? strAsciiIteratorType : strIteratorType);
  }
  next(): PyValue {
    const s = this.s;
    if (this.i >= s.length) return STOP;
    const c = s.charCodeAt(this.i);
    if (c >= 0xd800 && c <= 0xdbff && this.i + 1 < s.length) {
      const d = s.charCodeAt(this.i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.i += 2;
        return s.slice(this.i - 2, this.i);
      }
    }
    return s[this.i++]!;
  }
}

/** range iterator over safe integers. */
export class PyRangeIter extends SyncIterator {
  constructor(
    public cur: number,
    readonly step: number,
    public remaining: number,
  ) {
    super(rangeIteratorType);
  }
  next(): PyValue {
    if (this.remaining <= 0) return STOP;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
  override lengthHint(): number {
    return Math.max(0, this.remaining);
  }
}

/** range iterator for bigint bounds. */
export class PyLongRangeIter extends SyncIterator {
  constructor(
    public cur: bigint,
    readonly step: bigint,
    public remaining: bigint,
    readonly normalise: (b: bigint) => PyValue,
  ) {
    super(longRangeIteratorType);
  }
  next(): PyValue {
    if (this.remaining <= 0n) return STOP;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return this.normalise(v);
  }
}

export type DictIterKind = "keys" | "values" | "items";

export class PyDictIter extends SyncIterator {
  /**
   * An items iterator keeps the last pair it made (di_result, reused while no one else holds
   * it): its key and value live until the next step or until the iterator dies, after the dict.
   * Declared so that it is set (and listed among the referents) after the dict.
   */
  declare private result: PyTuple | undefined;
  i: number;
  private readonly expectedSize: number;
  private remaining: number;
  constructor(
    readonly d: PyDict,
    readonly kind: DictIterKind,
    readonly reversed = false,
  ) {
    super(
      reversed
        ? kind === "keys"
          ? dictRevKeyIteratorType
          : kind === "values"
            ? dictRevValueIteratorType
            : dictRevItemIteratorType
        : kind === "keys"
          ? dictKeyIteratorType
          : kind === "values"
            ? dictValueIteratorType
            : dictItemIteratorType,
    );
    this.expectedSize = d.size;
    this.remaining = d.size;
    this.i = reversed ? d.keys.length - 1 : 0;
  }
  next(): PyValue {
    const d = this.d;
    if (this.remaining < 0) return STOP;
    if (d.size !== this.expectedSize) {
      this.remaining = -1;
      throw runtimeError("dictionary changed size during iteration");
    }
    const keys = d.keys;
    if (this.reversed) {
      while (this.i >= 0 && keys[this.i] === null) this.i--;
      if (this.i < 0) return this.finish();
    } else {
      while (this.i < keys.length && keys[this.i] === null) this.i++;
      if (this.i >= keys.length) return this.finish();
    }
    // A key found after as many as the dict held: keys were replaced, not added
    // (dictiter_iternextkey's di_len check).
    if (this.remaining === 0) {
      this.remaining = -1;
      throw runtimeError("dictionary keys changed during iteration");
    }
    const idx = this.reversed ? this.i-- : this.i++;
    this.remaining--;
    const k = keys[idx]!;
    if (this.kind === "keys") return k;
    const v = d.values[idx]!;
    if (this.kind === "values") return v;
    return (this.result = new PyTuple([k, v]));
  }
  private finish(): PyValue {
    if (this.remaining > 0) {
      this.remaining = -1;
      throw runtimeError("dictionary keys changed during iteration");
    }
    this.remaining = -1;
    return STOP;
  }
  override lengthHint(): number {
    return Math.max(0, this.remaining);
  }
}

export class PySetIter extends SyncIterator {
  pos = 0;
  private readonly expectedUsed: number;
  private done = false;
  private left: number;
  constructor(readonly set: PySet) {
    super(setIteratorType);
    this.expectedUsed = set.used;
    this.left = set.used;
  }
  next(): PyValue {
    if (this.done) return STOP;
    const s = this.set;
    if (s.used !== this.expectedUsed) {
      this.done = true;
      throw runtimeError("Set changed size during iteration");
    }
    const i = s.nextActive(this.pos);
    if (i < 0) {
      this.done = true;
      return STOP;
    }
    this.pos = i + 1;
    this.left--;
    return s.table[i] as PyValue;
  }
  override lengthHint(): number {
    return this.done ? 0 : this.left;
  }
}

export class PyBytesIter extends SyncIterator {
  i = 0;
  constructor(readonly bytes: Uint8Array) {
    super(bytesIteratorType);
  }
  next(): PyValue {
    return this.i < this.bytes.length ? this.bytes[this.i++]! : STOP;
  }
  override lengthHint(): number {
    return this.bytes.length - this.i;
  }
}

/**
 * bytearray_iterator: reads the array as it is at each step (bytearrayiter_next), so items
 * appended while iterating are seen (a PyByteArray's contents are buf[0 .. size)).
 */
export class PyByteArrayIter extends SyncIterator {
  i = 0;
  constructor(readonly array: { readonly buf: Uint8Array; readonly size: number }) {
    super(bytearrayIteratorType);
  }
  next(): PyValue {
    const a = this.array;
    return this.i < a.size ? a.buf[this.i++]! : STOP;
  }
  override lengthHint(): number {
    return this.array.size - this.i;
  }
}

/** A native iterator whose `next` is a JS closure (used by natives that need small ad-hoc iterators). */
export class PyClosureIter extends SyncIterator {
  constructor(
    type: PyType,
    private readonly fn: () => PyValue,
  ) {
    super(type);
  }
  next(): PyValue {
    return this.fn();
  }
}
