/**
 * hash() and the key semantics dicts and sets rely on. Hashes are Python's (the algorithms in
 * src/objects/hash/), normalised like ints: a JS number when safe, else a bigint.
 *
 * Fast keys: values whose == is decided by value with no Python code (str, int, bool, exact
 * float, and objects that use object.__eq__/__hash__, compared by identity). Their canonical JS
 * form makes a JS Map key behave as Python's dict key: 1, 1.0 and True all map to the number 1.
 */
import type { Thread } from "../../vm/thread.js";
import type { PyType, PyValue } from "../core.js";
import {
  None,
  PyObject,
  complexType,
  floatType,
  frozensetType,
  intType,
  objectType,
  strType,
  tupleType,
} from "../core.js";
import type { FastKey, Hash } from "../dict.js";
import { installKeyOps } from "../dict.js";
import { typeError } from "../exceptions.js";
import { PyComplex, PyFloat } from "../float.js";
import { hashFrozenset, hashTupleOf } from "../hash/containers.js";
import { hashComplex, hashFloat, hashInt, hashPointer, hashSmallInt } from "../hash/numeric.js";
import type { HashSecret } from "../hash/secret.js";
import { ZERO_HASH_SECRET } from "../hash/secret.js";
import { hashBytes, hashStr } from "../hash/str.js";
import { PyIntSubclass, PyStrSubclass, intValue, typeName } from "../helpers.js";
import { norm } from "../int.js";
import { PyBytes } from "../misc.js";
import { PyMethodDescr } from "../native.js";
import { PySet } from "../set.js";
import type { Gen } from "../suspend.js";
import { PyTuple } from "../tuple.js";
import { callMethod } from "./call.js";
import { EQ, richCompareBool } from "./compare.js";

/**
 * The hash secret of the running interpreter (PYTHONHASHSEED). One per process in practice;
 * set when an interpreter is created.
 */
let secret: HashSecret = ZERO_HASH_SECRET;
const strHashCache = new Map<string, Hash>();

export function setHashSecret(s: HashSecret): void {
  if (s !== secret) strHashCache.clear();
  secret = s;
}

function normHash(h: bigint): Hash {
  return norm(h);
}

export function strHash(s: string): Hash {
  let h = strHashCache.get(s);
  if (h === undefined) {
    h = normHash(hashStr(s, secret));
    if (strHashCache.size > 100000) strHashCache.clear();
    strHashCache.set(s, h);
  }
  return h;
}

export function bytesHash(b: Uint8Array): Hash {
  return normHash(hashBytes(b, secret));
}

export function intHash(v: number | bigint): Hash {
  return typeof v === "number" ? hashSmallInt(v) : normHash(hashInt(v));
}

export function floatHash(f: PyFloat): Hash {
  const x = f.value;
  if (Number.isSafeInteger(x)) return hashSmallInt(x);
  return normHash(hashFloat(x, BigInt(f.id)));
}

export function identityHash(o: PyObject): Hash {
  // _Py_HashPointer rotates the address right by 4 bits; the address here is id << 4, so the
  // rotation gives the id back whenever it is small (every id in practice).
  const id = o.id;
  if (typeof id === "number" && id >= 0 && id < 2 ** 52) return id;
  return normHash(hashPointer(BigInt(id) << 4n));
}

/** Does the type compare and hash by identity (object's __eq__ and __hash__ unchanged). */
function usesIdentity(t: PyType): boolean {
  const e = t.lookup("__eq__");
  const h = t.lookup("__hash__");
  return (
    e instanceof PyMethodDescr &&
    e.objclass === objectType &&
    h instanceof PyMethodDescr &&
    h.objclass === objectType
  );
}

function inheritsValueSemantics(t: PyType, base: PyType): boolean {
  const e = t.lookup("__eq__");
  const h = t.lookup("__hash__");
  return (
    e instanceof PyMethodDescr && e.objclass === base && h instanceof PyMethodDescr && h.objclass === base
  );
}

/** The fast key of a value, or undefined when equality may run Python code. */
export function fastKeyOf(v: PyValue): FastKey | undefined {
  switch (typeof v) {
    case "string":
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    default:
      break;
  }
  const t = v.type;
  if (t === floatType) {
    const x = (v as PyFloat).value;
    if (Number.isNaN(x)) return v;
    if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
    return x === 0 ? 0 : x;
  }
  if (v instanceof PyTuple || v instanceof PySet || v instanceof PyComplex || v instanceof PyBytes)
    return undefined;
  if (v instanceof PyIntSubclass) return inheritsValueSemantics(t, intType) ? v.value : undefined;
  if (v instanceof PyStrSubclass) return inheritsValueSemantics(t, strType) ? v.value : undefined;
  return usesIdentity(t) ? v : undefined;
}

/** The Python hash of a value that has a fast key. */
export function nativeHashOf(v: PyValue): Hash {
  switch (typeof v) {
    case "string":
      return strHash(v);
    case "number":
      return hashSmallInt(v);
    case "bigint":
      return normHash(hashInt(v));
    case "boolean":
      return v ? 1 : 0;
    default:
      break;
  }
  if (v instanceof PyFloat) return floatHash(v);
  if (v instanceof PyIntSubclass) return intHash(v.value);
  if (v instanceof PyStrSubclass) return strHash(v.value);
  return identityHash(v);
}

/** hash(v): runs __hash__ for user types. */
export function* hash(t: Thread, v: PyValue): Gen<Hash> {
  const fk = fastKeyOf(v);
  if (fk !== undefined) return nativeHashOf(v);
  const o = v as PyObject;
  const tp = o.type;
  if (tp === tupleType) {
    const items = (o as PyTuple).items;
    const hs: Hash[] = new Array<Hash>(items.length);
    for (let i = 0; i < items.length; i++) hs[i] = yield* hash(t, items[i]!);
    return hashTupleOf(hs);
  }
  if (tp === frozensetType) {
    const s = o as PySet;
    if (s.hashCache !== null) return s.hashCache;
    const hs: bigint[] = [];
    for (const [, h] of s.entries()) hs.push(BigInt(h));
    s.hashCache = normHash(hashFrozenset(hs));
    return s.hashCache;
  }
  if (tp === complexType) {
    const c = o as PyComplex;
    return normHash(hashComplex(c.real, c.imag, BigInt(c.id)));
  }
  const d = tp.lookup("__hash__");
  if (d === null || d === None) throw typeError(`unhashable type: '${typeName(v)}'`);
  const r = yield* callMethod(t, d, v, []);
  const iv = intValue(r);
  if (iv === undefined) throw typeError("__hash__ method should return an integer");
  // slot_tp_hash: a result that fits Py_ssize_t is the hash itself (-1 becomes -2); only a
  // larger int is reduced as hash(int) would.
  if (typeof iv === "number") return iv === -1 ? -2 : iv;
  if (iv >= -(1n << 63n) && iv < 1n << 63n) return iv;
  return intHash(iv);
}

installKeyOps({
  fastKeyOf,
  nativeHashOf,
  hashGen: hash,
  keysEqualGen: function* (t, a, b) {
    return yield* richCompareBool(t, a, b, EQ);
  },
});

export { bytesHash as hashOfBytes, normHash };
