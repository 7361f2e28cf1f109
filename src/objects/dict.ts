/**
 * dict: insertion-ordered hash map with Python key semantics (1 == 1.0 == True, user __hash__
 * and __eq__). CPython's iteration order is insertion order, so the table layout itself is not
 * observable; what is observable is which __hash__ / __eq__ calls happen, and those follow
 * CPython: __hash__ once per operation, __eq__ only against stored keys with an equal hash.
 *
 * Keys whose equality is decided by value without running Python code (str, int, bool, float,
 * and objects compared by identity) are indexed by a JS Map on a canonical "fast key". Other keys
 * (tuples, objects with their own __eq__/__hash__) go through `byHash`, an index by Python hash of
 * every entry, built the first time such a key is seen. Entries live in parallel arrays with
 * holes for deleted ones (compacted when holes dominate).
 *
 * A small dict whose keys are all exact strs (instance dicts, keyword arguments, decoded JSON
 * objects: most dicts a program makes) has no Map: a lookup compares the few keys directly,
 * which costs no more than hashing the probe, and the dict allocates two arrays instead of two
 * arrays and a hash table. The Map is built when the dict outgrows SMALL or takes another key.
 */
import type { PyType, PyValue } from "./core.js";
import { InternalError, PyObject, dictType } from "./core.js";
import type { Thread } from "../vm/thread.js";
import type { Gen } from "./suspend.js";

/** A key that JS Map equality compares exactly as Python's == on that key. */
export type FastKey = string | number | bigint | PyObject;
export type Hash = number | bigint;

/** Computes the fast key of a value, or undefined when equality needs Python (installed by keys.ts). */
export let fastKeyOf: (v: PyValue) => FastKey | undefined = () => undefined;
/** Python hash of a value whose hash needs no Python code (fast keys). */
export let nativeHashOf: (v: PyValue) => Hash = () => 0;
/** Python hash, running __hash__ if needed. */
export let hashGen: (t: Thread, v: PyValue) => Gen<Hash> = () => {
  throw new InternalError("dict key operations not installed");
};
/** `stored == probe` as dict lookups compare (identity first, then ==). */
export let keysEqualGen: (t: Thread, stored: PyValue, probe: PyValue) => Gen<boolean> = () => {
  throw new InternalError("dict key operations not installed");
};

export function installKeyOps(ops: {
  fastKeyOf: typeof fastKeyOf;
  nativeHashOf: typeof nativeHashOf;
  hashGen: typeof hashGen;
  keysEqualGen: typeof keysEqualGen;
}): void {
  fastKeyOf = ops.fastKeyOf;
  nativeHashOf = ops.nativeHashOf;
  hashGen = ops.hashGen;
  keysEqualGen = ops.keysEqualGen;
}

const ABSENT = -1;

/** Entry slots (live or deleted) a dict of exact-str keys fills before it builds its Map. */
const SMALL = 16;

/** How many names a class's shared keys hold (SHARED_KEYS_MAX_SIZE in Objects/dictobject.c). */
const SHARED_KEYS_MAX_SIZE = 30;

export class PyDict extends PyObject {
  /** Entry keys in insertion order; null marks a deleted entry. */
  keys: (PyValue | null)[] = [];
  values: (PyValue | null)[] = [];
  /** Live entries. */
  size = 0;
  /** Bumped on every insertion of a new key or deletion (iterators check it). */
  version = 0;
  /**
   * Fast key → entry index. Null while the dict is small: every key is then an exact str and
   * `keys` holds at most SMALL slots, searched directly (indexOfFast).
   */
  private fast: Map<FastKey, number> | null = null;
  /** Python hash of each entry, kept while byHash exists. */
  private hashes: Hash[] | null = null;
  private byHash: Map<Hash, number[]> | null = null;
  private slowCount = 0;

  /**
   * An instance's attribute dict while it uses its class's shared keys (a split table): each
   * name keeps the index it got when it first appeared on any instance of the class, which is
   * the order the instance releases its attributes in (see newInstanceDict). Null otherwise;
   * the default lives on the prototype so that other dicts never store it.
   */
  declare shared: Map<string, number> | null;

  constructor(type: PyType = dictType) {
    super(type);
  }

  /**
   * A dict of these distinct exact-str keys, in this order, with these values; the arrays become
   * the dict's own (a decoder that has collected an object's members builds it in one step).
   */
  static ofDistinctStrs(keys: string[], values: PyValue[]): PyDict {
    const d = new PyDict();
    d.keys = keys;
    d.values = values;
    d.size = keys.length;
    d.version = keys.length;
    if (keys.length > SMALL) d.buildFast();
    return d;
  }

  // ---- plain operations for keys known to have fast keys (the common case) ----

  /** Entry index of a fast key, or undefined. */
  private indexOfFast(fk: FastKey): number | undefined {
    const m = this.fast;
    if (m !== null) return m.get(fk);
    // Small: only exact strs are stored, and a str fast key equals exactly the str of its value.
    if (typeof fk !== "string") return undefined;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === fk) return i;
    return undefined;
  }

  /** Value for a fast key, or undefined. */
  getFast(fk: FastKey): PyValue | undefined {
    const i = this.indexOfFast(fk);
    return i === undefined ? undefined : (this.values[i] as PyValue);
  }

  /** Looks up a str key (names, attributes, globals). */
  getStr(name: string): PyValue | undefined {
    const i = this.indexOfFast(name);
    return i === undefined ? undefined : (this.values[i] as PyValue);
  }

  setStr(name: string, value: PyValue): void {
    const i = this.indexOfFast(name);
    if (i !== undefined) this.values[i] = value;
    else this.append(name, name, value, null);
  }

  deleteStr(name: string): boolean {
    const i = this.indexOfFast(name);
    if (i === undefined) return false;
    this.removeAt(i, name);
    return true;
  }

  hasStr(name: string): boolean {
    return this.indexOfFast(name) !== undefined;
  }

  /**
   * Entry index of a str key, or -1. While `version` is unchanged the index stays valid (only
   * insertions, deletions and compaction move entries, and each bumps it), so inline caches keep
   * it; `keys[i] === name` also proves it still holds without the version (src/vm/inline-cache.ts).
   */
  indexOfStr(name: string): number {
    const i = this.indexOfFast(name);
    return i === undefined ? -1 : i;
  }

  /** Does the dict hold only fast-keyed entries (so a fast-key miss is a real miss). */
  get allFast(): boolean {
    return this.slowCount === 0;
  }

  // ---- general operations: may run __hash__ / __eq__ ----

  /** Index of the entry for `key`, or -1. */
  *find(t: Thread, key: PyValue): Gen<number> {
    const fk = fastKeyOf(key);
    if (fk !== undefined) {
      const i = this.indexOfFast(fk);
      if (i !== undefined) return i;
      if (this.slowCount === 0) return ABSENT;
      return yield* this.findByHash(t, key, nativeHashOf(key), true);
    }
    const h = yield* hashGen(t, key);
    return yield* this.findByHash(t, key, h, false);
  }

  private *findByHash(t: Thread, key: PyValue, h: Hash, onlySlow: boolean): Gen<number> {
    const index = this.ensureByHash();
    const bucket = index.get(h);
    if (bucket === undefined) return ABSENT;
    for (const i of bucket.slice()) {
      const stored = this.keys[i];
      if (stored === null || stored === undefined) continue;
      if (stored === key) return i;
      if (onlySlow && fastKeyOf(stored) !== undefined) continue;
      if (yield* keysEqualGen(t, stored, key)) return this.keys[i] === null ? ABSENT : i;
    }
    return ABSENT;
  }

  *get(t: Thread, key: PyValue): Gen<PyValue | undefined> {
    const fk = fastKeyOf(key);
    if (fk !== undefined && this.slowCount === 0) return this.getFast(fk);
    const i = yield* this.find(t, key);
    return i === ABSENT ? undefined : (this.values[i] as PyValue);
  }

  *set(t: Thread, key: PyValue, value: PyValue): Gen<void> {
    const fk = fastKeyOf(key);
    if (fk !== undefined) {
      const i = this.indexOfFast(fk);
      if (i !== undefined) {
        this.values[i] = value;
        return;
      }
      if (this.slowCount === 0) {
        this.append(key, fk, value, this.byHash ? nativeHashOf(key) : null);
        return;
      }
      const h = nativeHashOf(key);
      const j = yield* this.findByHash(t, key, h, true);
      if (j !== ABSENT) this.values[j] = value;
      else this.append(key, fk, value, h);
      return;
    }
    const h = yield* hashGen(t, key);
    const j = yield* this.findByHash(t, key, h, false);
    if (j !== ABSENT) this.values[j] = value;
    else this.append(key, undefined, value, h);
  }

  /** Removes `key`; returns its value or undefined when absent. */
  *delete(t: Thread, key: PyValue): Gen<PyValue | undefined> {
    const i = yield* this.find(t, key);
    if (i === ABSENT) return undefined;
    const v = this.values[i] as PyValue;
    this.removeAt(i, fastKeyOf(this.keys[i] as PyValue));
    return v;
  }

  /**
   * Removes the entry of a fast key: its value, or undefined when there is none (a real miss
   * only when `allFast`).
   */
  deleteFast(fk: FastKey): PyValue | undefined {
    const i = this.indexOfFast(fk);
    if (i === undefined) return undefined;
    const v = this.values[i] as PyValue;
    this.removeAt(i, fk);
    return v;
  }

  /** Sets a key known to have a fast key (no Python code can run). */
  setFast(key: PyValue, fk: FastKey, value: PyValue): void {
    const i = this.indexOfFast(fk);
    if (i !== undefined) this.values[i] = value;
    else this.append(key, fk, value, this.byHash ? nativeHashOf(key) : null);
  }

  clear(): void {
    // Clearing a split table leaves an ordinary empty dict (PyDict_Clear).
    if (this.shared !== null) this.shared = null;
    this.keys = [];
    this.values = [];
    this.size = 0;
    this.fast = null;
    this.hashes = null;
    this.byHash = null;
    this.slowCount = 0;
    this.version++;
  }

  /** Live entries, in order. */
  *entries(): Generator<[PyValue, PyValue]> {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && k !== undefined) yield [k, this.values[i] as PyValue];
    }
  }

  keyList(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== null) out.push(k);
    return out;
  }

  valueList(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== null) out.push(this.values[i] as PyValue);
    return out;
  }

  /** Removes and returns the last entry (popitem). */
  popLast(): [PyValue, PyValue] | undefined {
    for (let i = this.keys.length - 1; i >= 0; i--) {
      const k = this.keys[i];
      if (k !== null && k !== undefined) {
        const v = this.values[i] as PyValue;
        this.removeAt(i, fastKeyOf(k));
        return [k, v];
      }
    }
    return undefined;
  }

  /** A shallow copy with the same order (dict.copy); `target` must be empty. */
  copyInto(target: PyDict): void {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === null || k === undefined) continue;
      const v = this.values[i] as PyValue;
      const fk = fastKeyOf(k);
      if (fk !== undefined && target.slowCount === 0) target.setFast(k, fk, v);
      else target.appendRaw(k, v, this.hashes !== null ? this.hashes[i]! : nativeHashOf(k));
    }
  }

  /** Appends an entry known to be absent (used when copying). */
  appendRaw(key: PyValue, value: PyValue, h: Hash): void {
    const fk = fastKeyOf(key);
    this.append(key, fk, value, fk === undefined || this.byHash ? h : null);
  }

  // ---- internals ----

  /**
   * A new key in a split table: added to the class's shared keys if absent. A key that is not
   * an exact str, or one more than the shared keys can hold, turns the dict into an ordinary
   * one (its own insertion order), as _PyObject_StoreInstanceAttribute does.
   */
  private shareKey(key: PyValue): void {
    const shared = this.shared!;
    if (typeof key !== "string") {
      this.shared = null;
      return;
    }
    if (shared.has(key)) return;
    if (shared.size >= SHARED_KEYS_MAX_SIZE) this.shared = null;
    else shared.set(key, shared.size);
  }

  private append(key: PyValue, fk: FastKey | undefined, value: PyValue, h: Hash | null): void {
    if (this.shared !== null) this.shareKey(key);
    const i = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.version++;
    if (fk !== undefined) {
      const m = this.fast;
      if (m !== null) m.set(fk, i);
      else if (typeof key !== "string" || i >= SMALL) this.buildFast().set(fk, i);
    } else {
      if (this.fast === null) this.buildFast();
      this.slowCount++;
    }
    if (fk === undefined || this.byHash !== null) {
      const index = this.ensureByHash(i);
      const hh = h ?? nativeHashOf(key);
      this.hashes![i] = hh;
      const bucket = index.get(hh);
      if (bucket) bucket.push(i);
      else index.set(hh, [i]);
    }
  }

  /** Leaves the small layout: the Map of the entries so far (all exact strs). */
  private buildFast(): Map<FastKey, number> {
    const m = new Map<FastKey, number>();
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k === "string") m.set(k, i);
    }
    this.fast = m;
    return m;
  }

  /** Builds the by-hash index over entries [0, upTo). */
  private ensureByHash(upTo = this.keys.length): Map<Hash, number[]> {
    if (this.byHash !== null) return this.byHash;
    const index = new Map<Hash, number[]>();
    const hashes: Hash[] = [];
    for (let i = 0; i < upTo; i++) {
      const k = this.keys[i];
      if (k === null || k === undefined) {
        hashes.push(0);
        continue;
      }
      const h = nativeHashOf(k);
      hashes.push(h);
      const bucket = index.get(h);
      if (bucket) bucket.push(i);
      else index.set(h, [i]);
    }
    this.hashes = hashes;
    this.byHash = index;
    return index;
  }

  private removeAt(i: number, fk: FastKey | undefined): void {
    if (fk === undefined) this.slowCount--;
    else if (this.fast !== null) this.fast.delete(fk);
    if (this.byHash !== null) {
      const h = this.hashes![i]!;
      const bucket = this.byHash.get(h);
      if (bucket) {
        const j = bucket.indexOf(i);
        if (j >= 0) bucket.splice(j, 1);
        if (bucket.length === 0) this.byHash.delete(h);
      }
    }
    this.keys[i] = null;
    this.values[i] = null;
    this.size--;
    this.version++;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
  }

  /** Drops holes; rebuilds the indexes. Only called when no iterator can observe positions. */
  private compact(): void {
    const keys: PyValue[] = [];
    const values: PyValue[] = [];
    const hashes: Hash[] | null = this.hashes ? [] : null;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === null || k === undefined) continue;
      keys.push(k);
      values.push(this.values[i] as PyValue);
      if (hashes) hashes.push(this.hashes![i]!);
    }
    this.keys = keys;
    this.values = values;
    const fast = new Map<FastKey, number>();
    for (let i = 0; i < keys.length; i++) {
      const fk = fastKeyOf(keys[i]!);
      if (fk !== undefined) fast.set(fk, i);
    }
    this.fast = fast;
    if (hashes) {
      this.hashes = hashes;
      const index = new Map<Hash, number[]>();
      for (let i = 0; i < keys.length; i++) {
        const h = hashes[i]!;
        const bucket = index.get(h);
        if (bucket) bucket.push(i);
        else index.set(h, [i]);
      }
      this.byHash = index;
    }
  }
}

dictType.alloc = (t) => new PyDict(t);

(PyDict.prototype as unknown as { shared: null }).shared = null;

/**
 * A new `__dict__` for an instance of `tp`: a heap type's instances share their class's keys
 * (3.11 keeps their attributes in a split table ordered by those keys); others get a plain dict.
 */
export function newInstanceDict(tp: PyType): PyDict {
  const d = new PyDict();
  if (tp.isHeapType) d.shared = tp.sharedKeys ??= new Map();
  return d;
}
