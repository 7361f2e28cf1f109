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
  const q = quote.charCodeAt(0);
  // Runs of characters printed as they are are copied with one slice each: appending them one by
  // one makes a rope of a node per character, which a list of long strings keeps alive.
  let out = quote;
  let run = 0;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const escape = cp === q || cp === 0x5c ? "\\" + String.fromCharCode(cp) : codePointEscape(cp);
    if (escape !== null) {
      out += s.slice(run, i) + escape;
      run = i + width;
    }
    i += width;
  }
  return out + s.slice(run) + quote;
}

/** repr(str) of a str given as code points (a str that a JS string cannot hold). */
export function reprCodePoints(cps: readonly number[]): string {
  const quote = cps.includes(0x27) && !cps.includes(0x22) ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = quote;
  for (const cp of cps) {
    const escape = cp === q || cp === 0x5c ? "\\" + String.fromCharCode(cp) : codePointEscape(cp);
    out += escape ?? String.fromCodePoint(cp);
  }
  return out + quote;
}

/** How unicode_repr writes a code point other than the quote and backslash: null as itself. */
function codePointEscape(cp: number): string | null {
  if (cp >= 0x20 && cp < 0x7f) return null;
  if (cp === 0x09) return "\\t";
  if (cp === 0x0a) return "\\n";
  if (cp === 0x0d) return "\\r";
  if (cp < 0x20 || cp === 0x7f) return "\\x" + hex(cp, 2);
  if (isPrintableCodePoint(cp)) return null;
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
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
  let run = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    let escape: string;
    // bytearray_repr escapes a single quote even inside double quotes.
    if (c === quote || c === 0x5c || (escapeSingle && c === 0x27)) escape = "\\" + String.fromCharCode(c);
    else if (c === 0x09) escape = "\\t";
    else if (c === 0x0a) escape = "\\n";
    else if (c === 0x0d) escape = "\\r";
    else if (c < 0x20 || c >= 0x7f) escape = "\\x" + hex(c, 2);
    else continue;
    out += asciiRun(b, run, i) + escape;
    run = i + 1;
  }
  return out + asciiRun(b, run, b.length) + String.fromCharCode(quote);
}

/** b[start:end] as text, in chunks small enough for fromCharCode's argument list. */
function asciiRun(b: Uint8Array, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i += 4096)
    out += String.fromCharCode(...b.subarray(i, Math.min(end, i + 4096)));
  return out;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}
