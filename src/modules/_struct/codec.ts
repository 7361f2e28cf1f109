/**
 * Packing and unpacking one format item (the nu_/np_/lu_/lp_/bu_/bp_ functions of
 * Modules/_struct.c), with CPython's argument checks and struct.error messages.
 */
import type { PyValue } from "../../objects/core.js";
import { None, typeOf } from "../../objects/core.js";
import { PyBaseException, newException, overflowError } from "../../objects/exceptions.js";
import { PyFloat } from "../../objects/float.js";
import { intValue } from "../../objects/helpers.js";
import { norm } from "../../objects/int.js";
import { PyByteArray, PyBytes } from "../../objects/misc.js";
import { indexOf, isTrue } from "../../objects/ops/convert.js";
import type { Gen } from "../../objects/suspend.js";
import type { Thread } from "../../vm/thread.js";
import { asDouble } from "../math/args.js";
import type { CompiledFormat, FormatCode } from "./format.js";
import { packHalf, unpackHalf } from "./half.js";
import { structErrorType } from "./error.js";

export const structError = (msg: string): PyBaseException => newException(structErrorType, msg);

/** get_pylong: an int, or __index__'s result; anything else is not an integer. */
function* getInt(t: Thread, v: PyValue): Gen<bigint> {
  const iv = intValue(v);
  if (iv !== undefined) return BigInt(iv);
  const m = typeOf(v).lookup("__index__");
  if (m === null || m === None) throw structError("required argument is not an integer");
  return BigInt(yield* indexOf(t, v));
}

/** PyFloat_AsDouble with every failure reported as struct.error (as _struct.c does). */
function* getFloat(t: Thread, v: PyValue): Gen<number> {
  try {
    return yield* asDouble(t, v);
  } catch (e) {
    if (e instanceof PyBaseException) throw structError("required argument is not a float");
    throw e;
  }
}

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

/** The messages of np_byte, np_ubyte, np_short and np_ushort (also used in standard mode). */
const NAMED_RANGES: Readonly<Record<string, string>> = {
  b: "byte format requires -128 <= number <= 127",
  B: "ubyte format requires 0 <= number <= 255",
  h: "short format requires -32768 <= number <= 32767",
  H: "ushort format requires 0 <= number <= 65535",
};

const SIGNED = new Set(["b", "h", "i", "l", "q", "n"]);

/**
 * Range checks of an integer code: first the C conversion (PyLong_AsLong for signed codes and
 * b/B/h/H, PyLong_AsUnsignedLong for the others) fails with "argument out of range", then the
 * item's own bounds (_range_error's wording for i, I, l, L).
 */
function checkInt(code: string, size: number, x: bigint): void {
  const viaSigned = SIGNED.has(code) || code in NAMED_RANGES;
  if (code === "P") {
    if (x < I64_MIN || x > U64_MAX) throw structError("argument out of range");
    return;
  }
  if (viaSigned ? x < I64_MIN || x > I64_MAX : x < 0n || x > U64_MAX)
    throw structError("argument out of range");
  const bits = BigInt(size * 8);
  const signed = SIGNED.has(code);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (x >= lo && x <= hi) return;
  const named = NAMED_RANGES[code];
  if (named !== undefined) throw structError(named);
  throw structError(`'${code}' format requires ${lo} <= number <= ${hi}`);
}

function writeInt(buf: Uint8Array, off: number, size: number, x: bigint, little: boolean): void {
  let v = BigInt.asUintN(size * 8, x);
  for (let k = 0; k < size; k++) {
    buf[little ? off + k : off + size - 1 - k] = Number(v & 0xffn);
    v >>= 8n;
  }
}

function readInt(buf: Uint8Array, off: number, size: number, little: boolean, signed: boolean): bigint {
  let v = 0n;
  for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(buf[little ? off + size - 1 - k : off + k]!);
  return signed ? BigInt.asIntN(size * 8, v) : v;
}

function bytesOf(v: PyValue): Uint8Array | undefined {
  return v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : undefined;
}

const scratch = new DataView(new ArrayBuffer(8));

/** Packs the values of one format into buf at offset (s_pack_internal). */
export function* packInto(
  t: Thread,
  f: CompiledFormat,
  values: PyValue[],
  buf: Uint8Array,
  offset: number,
): Gen<void> {
  let vi = 0;
  const little = f.littleEndian;
  for (const c of f.codes) {
    if (c.code === "s" || c.code === "p") {
      packString(c, values[vi++]!, buf, offset + c.offset);
      continue;
    }
    for (let k = 0; k < c.count; k++) {
      const off = offset + c.offset + k * c.size;
      yield* packOne(t, c, f, values[vi++]!, buf, off, little);
    }
  }
}

function packString(c: FormatCode, v: PyValue, buf: Uint8Array, off: number): void {
  const b = bytesOf(v);
  if (b === undefined) throw structError(`argument for '${c.code}' must be a bytes object`);
  if (c.code === "s") {
    const n = Math.min(b.length, c.count);
    buf.set(b.subarray(0, n), off);
    buf.fill(0, off + n, off + c.count);
    return;
  }
  if (c.count === 0) return;
  const n = Math.min(b.length, c.count - 1, 255);
  buf[off] = n;
  buf.set(b.subarray(0, n), off + 1);
  buf.fill(0, off + 1 + n, off + c.count);
}

function* packOne(
  t: Thread,
  c: FormatCode,
  f: CompiledFormat,
  v: PyValue,
  buf: Uint8Array,
  off: number,
  little: boolean,
): Gen<void> {
  switch (c.code) {
    case "c": {
      const b = bytesOf(v);
      if (!(v instanceof PyBytes) || b === undefined || b.length !== 1)
        throw structError("char format requires a bytes object of length 1");
      buf[off] = b[0]!;
      return;
    }
    case "?":
      buf[off] = (yield* isTrue(t, v)) ? 1 : 0;
      return;
    case "e": {
      const bits = packHalf(yield* getFloat(t, v));
      if (bits === undefined) throw overflowError("float too large to pack with e format");
      writeInt(buf, off, 2, BigInt(bits), little);
      return;
    }
    case "f": {
      const x = yield* getFloat(t, v);
      const y = Math.fround(x);
      // PyFloat_Pack4 refuses a finite value that rounds to infinity; native 'f' is a plain C cast.
      if (!f.native && !Number.isFinite(y) && Number.isFinite(x))
        throw overflowError("float too large to pack with f format");
      scratch.setFloat32(0, x, little);
      for (let k = 0; k < 4; k++) buf[off + k] = scratch.getUint8(k);
      return;
    }
    case "d": {
      scratch.setFloat64(0, yield* getFloat(t, v), little);
      for (let k = 0; k < 8; k++) buf[off + k] = scratch.getUint8(k);
      return;
    }
    default: {
      const x = yield* getInt(t, v);
      checkInt(c.code, c.size, x);
      writeInt(buf, off, c.size, x, little);
    }
  }
}

/** Unpacks the values of one format from buf at offset (s_unpack_internal). */
export function unpackFrom(f: CompiledFormat, buf: Uint8Array, offset: number): PyValue[] {
  const out: PyValue[] = [];
  const little = f.littleEndian;
  for (const c of f.codes) {
    const base = offset + c.offset;
    if (c.code === "s") {
      out.push(new PyBytes(buf.slice(base, base + c.count)));
      continue;
    }
    if (c.code === "p") {
      if (c.count === 0) {
        out.push(new PyBytes(new Uint8Array(0)));
        continue;
      }
      const n = Math.min(buf[base]!, c.count - 1);
      out.push(new PyBytes(buf.slice(base + 1, base + 1 + n)));
      continue;
    }
    for (let k = 0; k < c.count; k++) out.push(unpackOne(c, buf, base + k * c.size, little));
  }
  return out;
}

function unpackOne(c: FormatCode, buf: Uint8Array, off: number, little: boolean): PyValue {
  switch (c.code) {
    case "c":
      return new PyBytes(buf.slice(off, off + 1));
    case "?":
      return buf[off] !== 0;
    case "e":
      return new PyFloat(unpackHalf(Number(readInt(buf, off, 2, little, false))));
    case "f":
    case "d": {
      for (let k = 0; k < c.size; k++) scratch.setUint8(k, buf[off + k]!);
      return new PyFloat(c.code === "f" ? scratch.getFloat32(0, little) : scratch.getFloat64(0, little));
    }
    default:
      return norm(readInt(buf, off, c.size, little, SIGNED.has(c.code)));
  }
}
