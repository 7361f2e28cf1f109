import { isPrintableCodePoint } from "./printable.js";

/**
 * repr(str): follows unicode_repr in Objects/unicodeobject.c.
 *
 * The string is read code point by code point; an unpaired surrogate in the JS string is one
 * (non-printable) code point, as a lone surrogate is in CPython. A surrogate *pair* reads as the
 * astral character it encodes.
 */
export function strRepr(s: string): string {
  // unicode_repr: prefer single quotes unless the text has a single quote and no double quote.
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += "\\" + ch;
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f || isPrintableCodePoint(cp)) out += ch;
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out + quote;
}

/** repr(bytes): follows PyBytes_Repr in Objects/bytesobject.c (same quote rule as str). */
export function bytesRepr(b: Uint8Array): string {
  return "b" + bytesLikeBody(b);
}

/**
 * The quoted part of a bytes repr, shared with bytearray's repr (which wraps it as
 * bytearray(b'...')).
 */
export function bytesLikeBody(b: Uint8Array, escapeSingle = false): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? 0x22 : 0x27;
  let out = String.fromCharCode(quote);
  for (const c of b) {
    // bytearray_repr escapes a single quote even inside double quotes.
    if (c === quote || c === 0x5c || (escapeSingle && c === 0x27)) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}
