import { PyErrorCarrier } from "../error-carrier.js";
import { bytesRepr, strRepr } from "../repr/str.js";
import { decimalValue, isSpace } from "./unicode-digits.js";

/**
 * float(s) for a str: follows PyFloat_FromString in Objects/floatobject.c. Unicode digits and
 * whitespace are first mapped to ASCII; surrounding whitespace is stripped; underscores are
 * allowed only between digits and are then removed (_Py_string_to_number_with_underscores);
 * what remains must be a decimal literal or inf / infinity / nan (any case, optional sign).
 * Out-of-range values become ±inf or ±0.0, as in CPython.
 *
 * A NaN's sign ('-nan') is not kept: JavaScript numbers do not reliably carry it.
 */
export function floatFromStr(s: string): number {
  let ascii = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) ascii += ch;
    else if (isSpace(cp)) ascii += " ";
    else {
      const d = decimalValue(cp);
      ascii += d >= 0 ? String.fromCharCode(0x30 + d) : "?";
    }
  }
  const value = parseAsciiFloat(ascii);
  if (value === null)
    throw new PyErrorCarrier("ValueError", `could not convert string to float: ${strRepr(s)}`);
  return value;
}

/** float(b) for bytes (and bytearray, with its own repr for the message). */
export function floatFromBytes(bytes: Uint8Array, repr: () => string = () => bytesRepr(bytes)): number {
  let ascii = "";
  for (const c of bytes) ascii += c < 0x80 ? String.fromCharCode(c) : "?";
  const value = parseAsciiFloat(ascii);
  if (value === null) throw new PyErrorCarrier("ValueError", `could not convert string to float: ${repr()}`);
  return value;
}

const ASCII_SPACE = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;
const DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const SPECIAL = /^([+-]?)(?:(inf|infinity)|nan)$/i;

/** The value of an ASCII float literal, or null when it is not one. */
function parseAsciiFloat(s: string): number | null {
  const stripped = s.replace(ASCII_SPACE, "");
  let text = stripped;
  if (stripped.includes("_")) {
    // Underscores only between digits.
    if (!/^[^_]*(?:[0-9]_(?=[0-9])[^_]*)*$/.test(stripped)) return null;
    text = stripped.replace(/_/g, "");
  }
  // ECMAScript reads a decimal literal correctly rounded, as _Py_dg_strtod does.
  if (DECIMAL.test(text)) return Number(text);
  const special = SPECIAL.exec(text);
  if (special) {
    if (special[2] === undefined) return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  return null;
}
