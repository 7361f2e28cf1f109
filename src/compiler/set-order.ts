/**
 * The iteration order of a frozenset constant, which is what its repr shows: CPython's set hash
 * table (Objects/setobject.c: linear probing of 9 slots, then perturbed probing, growth when 3/5
 * full) filled with CPython's hashes. String and bytes hashes are SipHash-1-3 with the zero key
 * that PYTHONHASHSEED=0 gives (Python/pyhash.c); without a fixed seed CPython's own order is
 * random. None and Ellipsis hash by address in 3.11, so sets holding them cannot be ordered
 * reproducibly from run to run; but the python3 binary fixes their low address bits, which are all
 * a small table looks at, so the values measured from the oracle build (3.11.7) stand in for them.
 */
import type { CodeConstant } from "./code.js";

const M64 = (1n << 64n) - 1n;
const HASH_BITS = 61n;
const HASH_MODULUS = (1n << HASH_BITS) - 1n;
const HASH_INF = 314159n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & M64;
}

/** SipHash-1-3 with a zero key, as pysiphash computes it. */
function siphash13(data: Uint8Array): bigint {
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & M64;
    v2 = (v2 + v3) & M64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M64;
    v0 = (v0 + v3) & M64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  let b = (BigInt(data.length) << 56n) & M64;
  let i = 0;
  for (; i + 8 <= data.length; i += 8) {
    let mi = 0n;
    for (let k = 7; k >= 0; k--) mi = (mi << 8n) | BigInt(data[i + k]!);
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  let t = 0n;
  for (let k = data.length - i - 1; k >= 0; k--) t = (t << 8n) | BigInt(data[i + k]!);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & M64;
}

/** The bytes CPython hashes for a str: its compact representation (1, 2 or 4 bytes a char). */
function strBytes(s: string | readonly number[]): Uint8Array {
  const cps = typeof s === "string" ? Array.from(s, (ch) => ch.codePointAt(0)!) : s;
  const max = cps.reduce((m, x) => Math.max(m, x), 0);
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  cps.forEach((cp, i) => {
    for (let k = 0; k < width; k++) out[i * width + k] = (cp >> (8 * k)) & 0xff;
  });
  return out;
}

function bytesHash(data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  const x = siphash13(data);
  return x === M64 ? (M64 - 1n) & M64 : x;
}

function intHash(v: bigint): bigint {
  const neg = v < 0n;
  let x = (neg ? -v : v) % HASH_MODULUS;
  if (neg) x = -x;
  if (x === -1n) x = -2n;
  return x & M64;
}

/** _Py_HashDouble */
function floatHash(v: number): bigint | null {
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return null;
    return (v > 0 ? HASH_INF : -HASH_INF) & M64;
  }
  if (Number.isInteger(v)) return intHash(BigInt(v));
  // frexp
  let e = Math.floor(Math.log2(Math.abs(v))) + 1;
  let m = Math.abs(v) / 2 ** e;
  if (m >= 1) {
    m /= 2;
    e++;
  } else if (m < 0.5) {
    m *= 2;
    e--;
  }
  const sign = v < 0 ? -1n : 1n;
  let x = 0n;
  while (m) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const bits = Number(HASH_BITS);
  const ee = BigInt(e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits));
  x = ((x << ee) & HASH_MODULUS) | (x >> (HASH_BITS - ee));
  x = (x * sign) & M64;
  if (x === M64) x = M64 - 1n;
  return x;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** The hash of a constant as an unsigned 64-bit value, or null when it depends on an address. */
/** hash(None) as measured from python3 3.11.7 (_Py_HashPointer of &_Py_NoneStruct). */
const NONE_HASH = 8742537550782n;
/** hash(Ellipsis): _Py_EllipsisObject sits 552 bytes >> 4 after None in the same build. */
const ELLIPSIS_HASH = 8742537551334n;

export function constHash(v: CodeConstant): bigint | null {
  if (v === null) return NONE_HASH;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeof v === "bigint") return intHash(v);
  if (typeof v === "number") return floatHash(v);
  if (typeof v === "string") return bytesHash(strBytes(v));
  if ("co_code" in v) return null;
  switch (v.kind) {
    case "bytes":
      return bytesHash(v.bytes);
    case "complex": {
      const re = floatHash(v.real);
      const im = floatHash(v.imag);
      if (re === null || im === null) return null;
      let x = (re + 1000003n * im) & M64;
      if (x === M64) x = M64 - 1n;
      return x;
    }
    case "ellipsis":
      return ELLIPSIS_HASH;
    case "str":
      return bytesHash(strBytes(v.codePoints));
    case "tuple": {
      let acc = XXPRIME_5;
      for (const item of v.items) {
        const lane = constHash(item);
        if (lane === null) return null;
        acc = (acc + lane * XXPRIME_2) & M64;
        acc = rotl(acc, 31n);
        acc = (acc * XXPRIME_1) & M64;
      }
      acc = (acc + (BigInt(v.items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
      return acc === M64 ? 1546275796n : acc;
    }
    case "frozenset":
      return null;
  }
}

const LINEAR_PROBES = 9n;
const PERTURB_SHIFT = 5n;

interface Slot {
  item: CodeConstant;
  hash: bigint;
}

function insertClean(table: (Slot | null)[], mask: bigint, slot: Slot): void {
  let perturb = slot.hash;
  let i = slot.hash & mask;
  for (;;) {
    if (table[Number(i)] === null) {
      table[Number(i)] = slot;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1n; j <= LINEAR_PROBES; j++) {
        if (table[Number(i + j)] === null) {
          table[Number(i + j)] = slot;
          return;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5n + 1n + perturb) & mask;
  }
}

/** Builds a set from items in order (set_add_entry with resizing) and returns its iteration order. */
function buildAndIterate(slots: readonly Slot[]): Slot[] {
  let size = 8;
  let table: (Slot | null)[] = new Array<Slot | null>(size).fill(null);
  let used = 0;
  for (const slot of slots) {
    insertClean(table, BigInt(size - 1), slot);
    used++;
    if (used * 5 >= (size - 1) * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let newsize = 8;
      while (newsize <= minused) newsize <<= 1;
      const old = table;
      size = newsize;
      table = new Array<Slot | null>(size).fill(null);
      for (const s of old) if (s !== null) insertClean(table, BigInt(size - 1), s);
    }
  }
  return table.filter((s): s is Slot => s !== null);
}

/**
 * The order in which CPython iterates a frozenset constant whose items (distinct, in source
 * order) are put into a new set `builds` times, each time in the previous set's iteration order.
 * The compiler builds a constant set twice (PyFrozenSet_New, then merge_consts_recursive), and a
 * third time when a code object re-interns its strings (see interning.ts).
 */
export function setIterationOrder(items: readonly CodeConstant[], builds: number): CodeConstant[] {
  let slots: Slot[] = [];
  for (const item of items) {
    const hash = constHash(item);
    if (hash === null) return [...items];
    slots.push({ item, hash });
  }
  for (let i = 0; i < builds; i++) slots = buildAndIterate(slots);
  return slots.map((s) => s.item);
}
