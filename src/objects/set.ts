/**
 * set and frozenset: CPython's open-addressing table (Objects/setobject.c) reproduced slot for
 * slot — same table sizes, linear probes, perturbation, dummies, resize thresholds and merge
 * shortcuts — because iteration order (and so every printed set) is the table order.
 * Hashes are Python hashes (number or bigint, normalised); probing uses the 64-bit unsigned
 * value split into two 32-bit halves.
 */
import type { PyType, PyValue } from "./core.js";
import { PyObject, PySingleton, frozensetType, setType } from "./core.js";
import type { FastKey, Hash } from "./dict.js";
import { PyDict, fastKeyOf, hashGen, keysEqualGen, nativeHashOf } from "./dict.js";
import type { Thread } from "../vm/thread.js";
import type { Gen } from "./suspend.js";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const TWO32 = 4294967296;

/** Marks a deleted slot (CPython's dummy key, stored with hash -1): immortal, never a member. */
const DUMMY: PyObject = new PySingleton(setType, "<dummy key>");

type Slot = PyValue | null;

export class PySet extends PyObject {
  table: Slot[] = new Array<Slot>(MINSIZE).fill(null);
  hashes: Hash[] = new Array<Hash>(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  /** Where pop() starts looking. */
  finger = 0;
  /** frozenset hash cache. */
  hashCache: Hash | null = null;

  constructor(type: PyType) {
    super(type);
  }

  get size(): number {
    return this.used;
  }

  /** Active keys with their hashes, in table order. */
  *entries(): Generator<[PyValue, Hash]> {
    for (let i = 0; i <= this.mask; i++) {
      const k = this.table[i];
      if (k !== null && k !== undefined && k !== DUMMY) yield [k, this.hashes[i]!];
    }
  }

  keys(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i <= this.mask; i++) {
      const k = this.table[i];
      if (k !== null && k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** The slot index at or after `pos` holding a key, or -1 (set_next). */
  nextActive(pos: number): number {
    for (let i = pos; i <= this.mask; i++) {
      const k = this.table[i];
      if (k !== null && k !== DUMMY) return i;
    }
    return -1;
  }
}

export function isDummy(v: Slot | undefined): boolean {
  return v === DUMMY;
}

/** The two 32-bit halves of a hash as a 64-bit unsigned value. */
function halves(h: Hash): [number, number] {
  if (typeof h === "number") return [Math.floor(h / TWO32) >>> 0, h >>> 0];
  return [Number((h >> 32n) & 0xffffffffn), Number(h & 0xffffffffn)];
}

/** A probe sequence over a table of size mask+1 (the perturbation scheme of setobject.c). */
class Probe {
  hi: number;
  lo: number;
  i: number;
  constructor(
    h: Hash,
    readonly mask: number,
  ) {
    [this.hi, this.lo] = halves(h);
    this.i = this.lo & mask;
  }
  next(): void {
    // perturb >>= 5; i = (i * 5 + 1 + perturb) & mask
    this.lo = ((this.lo >>> 5) | ((this.hi & 31) << 27)) >>> 0;
    this.hi = this.hi >>> 5;
    this.i = (this.i * 5 + 1 + this.lo) & this.mask;
  }
}

/** `startkey == key` as set lookups compare them (identity, exact str, then ==). */
function* keyEq(t: Thread, startkey: PyValue, key: PyValue): Gen<boolean> {
  if (startkey === key) return true;
  if (typeof startkey === "string" && typeof key === "string") return false;
  if (fastKeyOf(startkey) !== undefined && fastKeyOf(key) !== undefined)
    return fastKeyOf(startkey) === fastKeyOf(key);
  return yield* keysEqualGen(t, startkey, key);
}

/** Index of `key` in the table, or -1 (set_lookkey). */
export function* lookKey(t: Thread, so: PySet, key: PyValue, hash: Hash): Gen<number> {
  restart: for (;;) {
    const p = new Probe(hash, so.mask);
    for (;;) {
      let idx = p.i;
      let probes = idx + LINEAR_PROBES <= so.mask ? LINEAR_PROBES : 0;
      do {
        const k = so.table[idx];
        if (k === null) return -1;
        if (k !== DUMMY && so.hashes[idx] === hash) {
          if (k === key) return idx;
          const table = so.table;
          const eq = yield* keyEq(t, k as PyValue, key);
          // The comparison ran Python code that changed the table: start over.
          if (table !== so.table || so.table[idx] !== k) continue restart;
          if (eq) return idx;
        }
        idx++;
      } while (probes-- > 0);
      p.next();
    }
  }
}

/** What the synchronous lookups return when a stored key's equality needs Python code. */
export const NEEDS_PYTHON = -2;

/**
 * `startkey == key` when no Python code runs, for a probe key with a fast key: true, false, or
 * undefined when the stored key's own __eq__ would have to run.
 */
function keyEqNative(startkey: PyValue, key: PyValue, fk: FastKey): boolean | undefined {
  if (startkey === key) return true;
  if (typeof startkey === "string") return typeof key === "string" ? false : startkey === fk;
  const sk = fastKeyOf(startkey);
  return sk === undefined ? undefined : sk === fk;
}

/**
 * lookKey without a generator, for a key whose fast key is `fk`: the same probe sequence and
 * comparisons, returning the index, -1, or NEEDS_PYTHON as soon as a comparison would run
 * Python code (nothing has been changed then, so the generator can redo the lookup).
 */
export function lookKeyNative(so: PySet, key: PyValue, fk: FastKey, hash: Hash): number {
  const mask = so.mask;
  const table = so.table;
  const hashes = so.hashes;
  let hi: number;
  let lo: number;
  if (typeof hash === "number") {
    hi = Math.floor(hash / TWO32) >>> 0;
    lo = hash >>> 0;
  } else {
    [hi, lo] = halves(hash);
  }
  let i = lo & mask;
  for (;;) {
    let idx = i;
    let probes = idx + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      const k = table[idx];
      if (k === null) return -1;
      if (k !== DUMMY && hashes[idx] === hash) {
        const eq = keyEqNative(k as PyValue, key, fk);
        if (eq === undefined) return NEEDS_PYTHON;
        if (eq) return idx;
      }
      idx++;
    } while (probes-- > 0);
    // perturb >>= 5; i = (i * 5 + 1 + perturb) & mask (as Probe.next)
    lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
    hi = hi >>> 5;
    i = (i * 5 + 1 + lo) & mask;
  }
}

/**
 * lookKeyNative for an int key of at most 31 bits: its hash is itself (-1 hashes to -2), so the
 * probe's two halves need no division, and a stored key identical to it matches at once.
 */
function lookSmallInt(so: PySet, key: number): number {
  const hash = key === -1 ? -2 : key;
  const mask = so.mask;
  const table = so.table;
  const hashes = so.hashes;
  let hi = key < 0 ? 0xffffffff : 0;
  let lo = hash >>> 0;
  let i = lo & mask;
  for (;;) {
    let idx = i;
    let probes = idx + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      const k = table[idx];
      if (k === null) return -1;
      if (hashes[idx] === hash) {
        // A dummy's stored hash is -1, which no int hashes to.
        if (k === key) return idx;
        const eq = keyEqNative(k as PyValue, key, key);
        if (eq === undefined) return NEEDS_PYTHON;
        if (eq) return idx;
      }
      idx++;
    } while (probes-- > 0);
    lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
    hi = hi >>> 5;
    i = (i * 5 + 1 + lo) & mask;
  }
}

/** An int that lookSmallInt takes. */
function isSmallInt(key: PyValue): key is number {
  return typeof key === "number" && key >= -0x80000000 && key <= 0x7fffffff;
}

/** `key in so` without Python code: true, false, or undefined when the generator must run. */
export function containsNative(so: PySet, key: PyValue): boolean | undefined {
  if (isSmallInt(key)) {
    const idx = lookSmallInt(so, key);
    return idx === NEEDS_PYTHON ? undefined : idx >= 0;
  }
  const fk = fastKeyOf(key);
  if (fk === undefined) return undefined;
  const idx = lookKeyNative(so, key, fk, nativeHashOf(key));
  return idx === NEEDS_PYTHON ? undefined : idx >= 0;
}

/**
 * set_add_entry without a generator for a key with a fast key: true when done, false when a
 * comparison needs Python code (the table is untouched then). Mirrors addEntry step for step.
 */
export function addNative(so: PySet, key: PyValue): boolean {
  let fk: FastKey | undefined;
  let hash: Hash;
  if (isSmallInt(key)) {
    // As lookSmallInt: the int is its own fast key and hash.
    fk = key;
    hash = key === -1 ? -2 : key;
  } else {
    fk = fastKeyOf(key);
    if (fk === undefined) return false;
    hash = nativeHashOf(key);
  }
  const mask = so.mask;
  const table = so.table;
  const hashes = so.hashes;
  let hi: number;
  let lo: number;
  if (typeof hash === "number") {
    hi = Math.floor(hash / TWO32) >>> 0;
    lo = hash >>> 0;
  } else {
    [hi, lo] = halves(hash);
  }
  let i = lo & mask;
  let freeslot = -1;
  for (;;) {
    let idx = i;
    let probes = idx + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      const k = table[idx];
      if (k === null && hashes[idx] === 0) {
        if (freeslot >= 0) {
          so.used++;
          table[freeslot] = key;
          hashes[freeslot] = hash;
          so.hashCache = null;
          return true;
        }
        so.fill++;
        so.used++;
        table[idx] = key;
        hashes[idx] = hash;
        so.hashCache = null;
        if (so.fill * 5 < mask * 3) return true;
        resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
        return true;
      }
      if (k !== DUMMY && hashes[idx] === hash) {
        const eq = keyEqNative(k as PyValue, key, fk);
        if (eq === undefined) return false;
        if (eq) return true;
      } else if (k === DUMMY) {
        freeslot = idx;
      }
      idx++;
    } while (probes-- > 0);
    lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
    hi = hi >>> 5;
    i = (i * 5 + 1 + lo) & mask;
  }
}

/** set_discard_entry without a generator: 1 removed, 0 absent, NEEDS_PYTHON to run the generator. */
export function discardNative(so: PySet, key: PyValue): number {
  let idx: number;
  if (isSmallInt(key)) idx = lookSmallInt(so, key);
  else {
    const fk = fastKeyOf(key);
    if (fk === undefined) return NEEDS_PYTHON;
    idx = lookKeyNative(so, key, fk, nativeHashOf(key));
  }
  if (idx === NEEDS_PYTHON) return NEEDS_PYTHON;
  if (idx < 0) return 0;
  so.table[idx] = DUMMY;
  so.hashes[idx] = -1;
  so.used--;
  so.hashCache = null;
  return 1;
}

/** set_table_resize: rebuild into the smallest power of two > minused. */
export function resize(so: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldTable = so.table;
  const oldHashes = so.hashes;
  if (newsize === MINSIZE && oldTable.length === MINSIZE && so.fill === so.used) return;
  so.table = new Array<Slot>(newsize).fill(null);
  so.hashes = new Array<Hash>(newsize).fill(0);
  so.mask = newsize - 1;
  so.fill = so.used;
  for (let i = 0; i < oldTable.length; i++) {
    const k = oldTable[i];
    if (k !== null && k !== undefined && k !== DUMMY) insertClean(so, k, oldHashes[i]!);
  }
}

function insertClean(so: PySet, key: PyValue, hash: Hash): void {
  const mask = so.mask;
  const p = new Probe(hash, mask);
  for (;;) {
    let idx = p.i;
    if (so.table[idx] === null) {
      so.table[idx] = key;
      so.hashes[idx] = hash;
      return;
    }
    if (idx + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        idx++;
        if (so.table[idx] === null) {
          so.table[idx] = key;
          so.hashes[idx] = hash;
          return;
        }
      }
    }
    p.next();
  }
}

/**
 * set_add_entry for a key known to be unequal to every key of a set without dummies: the probe
 * stops at the first free slot, as it would after finding no equal key, so no comparison runs
 * (frozenset constants, whose items the compiler has made distinct).
 */
export function addDistinct(so: PySet, key: PyValue, hash: Hash): void {
  insertClean(so, key, hash);
  so.fill++;
  so.used++;
  so.hashCache = null;
  if (so.fill * 5 >= so.mask * 3) resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_add_entry. */
export function* addEntry(t: Thread, so: PySet, key: PyValue, hash: Hash): Gen<void> {
  restart: for (;;) {
    const mask = so.mask;
    const p = new Probe(hash, mask);
    let freeslot = -1;
    for (;;) {
      let idx = p.i;
      let probes = idx + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = so.table[idx];
        if (k === null && so.hashes[idx] === 0) {
          if (freeslot >= 0) {
            so.used++;
            so.table[freeslot] = key;
            so.hashes[freeslot] = hash;
            so.hashCache = null;
            return;
          }
          so.fill++;
          so.used++;
          so.table[idx] = key;
          so.hashes[idx] = hash;
          so.hashCache = null;
          if (so.fill * 5 < mask * 3) return;
          resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        if (k !== DUMMY && so.hashes[idx] === hash) {
          const table = so.table;
          const eq = yield* keyEq(t, k as PyValue, key);
          if (eq) return;
          if (table !== so.table || so.table[idx] !== k) continue restart;
        } else if (k === DUMMY) {
          freeslot = idx;
        }
        idx++;
      } while (probes-- > 0);
      p.next();
    }
  }
}

/** Hash of a set element: native for fast keys, else __hash__. */
export function* elementHash(t: Thread, key: PyValue): Gen<Hash> {
  if (fastKeyOf(key) !== undefined) return nativeHashOf(key);
  return yield* hashGen(t, key);
}

export function* addKey(t: Thread, so: PySet, key: PyValue): Gen<void> {
  const h = yield* elementHash(t, key);
  yield* addEntry(t, so, key, h);
}

export function* containsKey(t: Thread, so: PySet, key: PyValue): Gen<boolean> {
  const h = yield* elementHash(t, key);
  return (yield* lookKey(t, so, key, h)) >= 0;
}

/** set_discard_entry: true when found. */
export function* discardEntry(t: Thread, so: PySet, key: PyValue, hash: Hash): Gen<boolean> {
  const idx = yield* lookKey(t, so, key, hash);
  if (idx < 0) return false;
  so.table[idx] = DUMMY;
  so.hashes[idx] = -1;
  so.used--;
  so.hashCache = null;
  return true;
}

export function* discardKey(t: Thread, so: PySet, key: PyValue): Gen<boolean> {
  const h = yield* elementHash(t, key);
  return yield* discardEntry(t, so, key, h);
}

export function clearSet(so: PySet): void {
  so.table = new Array<Slot>(MINSIZE).fill(null);
  so.hashes = new Array<Hash>(MINSIZE).fill(0);
  so.mask = MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  so.hashCache = null;
}

/** set_merge: adds every element of another set. */
export function* merge(t: Thread, so: PySet, other: PySet): Gen<void> {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) resize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== null && k !== undefined) {
        so.table[i] = k;
        so.hashes[i] = other.hashes[i]!;
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    so.hashCache = null;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== null && k !== undefined && k !== DUMMY) insertClean(so, k, other.hashes[i]!);
    }
    so.hashCache = null;
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.table[i];
    if (k !== null && k !== undefined && k !== DUMMY) yield* addEntry(t, so, k, other.hashes[i]!);
  }
}

/** Adds the keys of an exact dict with their hashes (the dict branch of set_update_internal). */
export function* mergeDict(t: Thread, so: PySet, d: PyDict): Gen<void> {
  const n = d.size;
  if ((so.fill + n) * 5 >= so.mask * 3) resize(so, (so.used + n) * 2);
  for (const k of d.keyList()) yield* addEntry(t, so, k, yield* elementHash(t, k));
}

export function newSet(type: PyType = setType): PySet {
  return new PySet(type);
}

export function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

export function isFrozenset(v: PyValue): v is PySet {
  return v instanceof PySet && v.type.isSubtype(frozensetType);
}

setType.alloc = (t) => new PySet(t);
frozensetType.alloc = (t) => new PySet(t);

export { DUMMY as SET_DUMMY, PyDict };
