/**
 * The item types of array.array (the descriptors table in Modules/arraymodule.c) with the sizes
 * of 64-bit Linux: how each reads from and writes to the storage, and how a Python value is
 * checked and converted first, with the OverflowError / TypeError messages of each
 * *_setitem function (several go through PyArg_Parse of a wider C type first, whose messages
 * then show).
 */
import type { PyValue } from "../../objects/core.js";
import { readBufferInt } from "../../objects/buffer-int.js";
import { overflowError, typeError } from "../../objects/exceptions.js";
import { intValue, strValue } from "../../objects/helpers.js";
import { indexOf } from "../../objects/ops/convert.js";
import type { Gen } from "../../objects/suspend.js";
import type { Thread } from "../../vm/thread.js";
import { asDouble } from "../math/args.js";

/** An item as stored: an integer, a float, or (typecode 'u') one character. */
export type Item = number | bigint | string;

export interface TypeCode {
  readonly code: string;
  readonly itemsize: number;
  /** The buffer format memoryview sees ('u' exports as 'w'). */
  readonly format: string;
  /** The machine format code of array_reconstructor for this type on a little-endian host. */
  readonly mformat: number;
  readonly kind: "int" | "float" | "unicode";
  read(d: DataView, at: number): Item;
  write(d: DataView, at: number, v: Item): void;
  /** Checks and converts a Python value as the type's setitem does. */
  convert(t: Thread, v: PyValue): Gen<Item>;
}

function range(lo: bigint, hi: bigint, n: bigint, over: string, under: string): void {
  if (n > hi) throw overflowError(over);
  if (n < lo) throw overflowError(under);
}

/** An integer argument: int, or an object with __index__ (never a float). */
function* integer(t: Thread, v: PyValue): Gen<bigint> {
  const n = typeof v === "boolean" ? Number(v) : intValue(v);
  if (n !== undefined) return BigInt(n);
  return BigInt(yield* indexOf(t, v));
}

/** PyArg_Parse's first step for the narrow signed formats: the value must fit a C long. */
function cLong(n: bigint): void {
  if (n < -(2n ** 63n) || n >= 2n ** 63n) throw overflowError("Python int too large to convert to C long");
}

const SHORT = ["signed short integer is greater than maximum", "signed short integer is less than minimum"];
const INT = ["signed integer is greater than maximum", "signed integer is less than minimum"];

type Check = (n: bigint) => void;

const CHECKS: Record<string, Check> = {
  b: (n) => {
    cLong(n);
    range(-32768n, 32767n, n, SHORT[0]!, SHORT[1]!);
    range(-128n, 127n, n, "signed char is greater than maximum", "signed char is less than minimum");
  },
  B: (n) => {
    cLong(n);
    range(
      0n,
      255n,
      n,
      "unsigned byte integer is greater than maximum",
      "unsigned byte integer is less than minimum",
    );
  },
  h: (n) => {
    cLong(n);
    range(-32768n, 32767n, n, SHORT[0]!, SHORT[1]!);
  },
  H: (n) => {
    cLong(n);
    range(-(2n ** 31n), 2n ** 31n - 1n, n, INT[0]!, INT[1]!);
    range(0n, 65535n, n, "unsigned short is greater than maximum", "unsigned short is less than minimum");
  },
  i: (n) => {
    cLong(n);
    range(-(2n ** 31n), 2n ** 31n - 1n, n, INT[0]!, INT[1]!);
  },
  I: (n) => {
    if (n < 0n) throw overflowError("can't convert negative value to unsigned int");
    if (n >= 2n ** 64n) throw overflowError("Python int too large to convert to C unsigned long");
    if (n >= 2n ** 32n) throw overflowError("unsigned int is greater than maximum");
  },
  l: (n) => {
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw overflowError("Python int too large to convert to C long");
  },
  L: (n) => {
    if (n < 0n) throw overflowError("can't convert negative value to unsigned int");
    if (n >= 2n ** 64n) throw overflowError("Python int too large to convert to C unsigned long");
  },
  q: (n) => {
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw overflowError("int too big to convert");
  },
  Q: (n) => {
    if (n < 0n) throw overflowError("can't convert negative int to unsigned");
    if (n >= 2n ** 64n) throw overflowError("int too big to convert");
  },
};

function intCode(code: string, size: 1 | 2 | 4 | 8, signed: boolean, mformat: number): TypeCode {
  const check = CHECKS[code]!;
  return {
    code,
    itemsize: size,
    format: code,
    mformat,
    kind: "int",
    read: (d, at) => readBufferInt(d, at, size, signed),
    write(d, at, v) {
      const n = typeof v === "bigint" ? v : BigInt(v as number);
      switch (size) {
        case 1:
          d.setUint8(at, Number(BigInt.asUintN(8, n)));
          return;
        case 2:
          d.setUint16(at, Number(BigInt.asUintN(16, n)), true);
          return;
        case 4:
          d.setUint32(at, Number(BigInt.asUintN(32, n)), true);
          return;
        default:
          d.setBigUint64(at, BigInt.asUintN(64, n), true);
      }
    },
    *convert(t, v) {
      const n = yield* integer(t, v);
      check(n);
      return size === 8 ? n : Number(n);
    },
  };
}

function floatCode(code: "f" | "d", mformat: number): TypeCode {
  const size = code === "f" ? 4 : 8;
  return {
    code,
    itemsize: size,
    format: code,
    mformat,
    kind: "float",
    read: (d, at) => (size === 4 ? d.getFloat32(at, true) : d.getFloat64(at, true)),
    write(d, at, v) {
      if (size === 4) d.setFloat32(at, v as number, true);
      else d.setFloat64(at, v as number, true);
    },
    *convert(t, v) {
      // A C cast to float: out-of-range values become infinities, as in f_setitem.
      return yield* asDouble(t, v);
    },
  };
}

const UNICODE: TypeCode = {
  code: "u",
  itemsize: 4,
  format: "w",
  mformat: 20,
  kind: "unicode",
  read: (d, at) => String.fromCodePoint(d.getUint32(at, true)),
  write(d, at, v) {
    d.setUint32(at, (v as string).codePointAt(0)!, true);
  },
  // eslint-disable-next-line require-yield
  *convert(_t, v) {
    const s = strValue(v);
    if (s === undefined || [...s].length !== 1) throw typeError("array item must be unicode character");
    return s;
  },
};

export const TYPECODES: ReadonlyMap<string, TypeCode> = new Map(
  [
    intCode("b", 1, true, 1),
    intCode("B", 1, false, 0),
    UNICODE,
    intCode("h", 2, true, 4),
    intCode("H", 2, false, 2),
    intCode("i", 4, true, 8),
    intCode("I", 4, false, 6),
    intCode("l", 8, true, 12),
    intCode("L", 8, false, 10),
    intCode("q", 8, true, 12),
    intCode("Q", 8, false, 10),
    floatCode("f", 14),
    floatCode("d", 16),
  ].map((c) => [c.code, c]),
);

export const ALL_CODES = [...TYPECODES.keys()].join("");
