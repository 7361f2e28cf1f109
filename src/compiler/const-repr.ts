/**
 * repr() of the constants a code object can hold, as `dis` prints them: None, bools, ints,
 * floats, complex numbers, str, bytes, Ellipsis, tuples, frozensets and code objects.
 */
import { floatRepr, formatExponent, positional } from "../objects/repr/float.js";
import { bytesRepr, reprCodePoints, strRepr } from "../objects/repr/str.js";
import { shortestDigits } from "../objects/format/shortest.js";
import type { CodeConstant, CodeObject } from "./code.js";
import { setIterationOrder } from "./set-order.js";

/** repr of a complex component: format 'r' without the ".0" CPython adds for floats. */
function complexPart(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const { digits, decpt } = shortestDigits(x);
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${formatExponent(decpt - 1)}`;
  }
  return sign + positional(digits, decpt, false);
}

/** complex_repr in Objects/complexobject.c */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return `${complexPart(imag)}j`;
  const re = complexPart(real);
  const im = complexPart(imag);
  const sign = im.startsWith("-") ? "" : "+";
  return `(${re}${sign}${im}j)`;
}

/** An identifier for code objects in reprs, standing in for the memory address. */
const codeAddresses = new WeakMap<CodeObject, number>();
let nextAddress = 0x7f0000001000;

export function codeAddress(co: CodeObject): number {
  let a = codeAddresses.get(co);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x230;
    codeAddresses.set(co, a);
  }
  return a;
}

/** repr(code): `<code object NAME at 0x..., file "FILE", line N>` (code_repr). */
export function codeRepr(co: CodeObject): string {
  return `<code object ${co.co_name} at 0x${codeAddress(co).toString(16)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

export function constRepr(v: CodeConstant): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return floatRepr(v);
  if (typeof v === "string") return strRepr(v);
  if ("co_code" in v) return codeRepr(v);
  switch (v.kind) {
    case "bytes":
      return bytesRepr(v.bytes);
    case "complex":
      return complexRepr(v.real, v.imag);
    case "ellipsis":
      return "Ellipsis";
    case "str":
      return reprCodePoints(v.codePoints);
    case "tuple":
      if (v.items.length === 1) return `(${constRepr(v.items[0]!)},)`;
      return `(${v.items.map(constRepr).join(", ")})`;
    case "frozenset":
      if (v.items.length === 0) return "frozenset()";
      // The compiler stores a frozenset's items in the order its last build adds them: one more
      // build gives CPython's iteration order.
      return `frozenset({${setIterationOrder(v.items, 1).map(constRepr).join(", ")}})`;
  }
}
