/**
 * The unicode_escape and raw_unicode_escape codecs (Objects/unicodeobject.c:
 * PyUnicode_AsUnicodeEscapeString, _PyUnicode_DecodeUnicodeEscapeInternal and their raw forms).
 */
import { lookupUnicodeName } from "../parser/parser-unicode-names.js";
import { unicodeError } from "./codecs.js";
import { E, PyBaseException } from "./exceptions.js";
import type { PyStr } from "./str-surrogate.js";
import { StrBuilder, codePointsOf } from "./str-surrogate.js";

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** unicode_escape (raw: only \u and \U escapes, latin-1 below 256) of a str, as bytes. */
export function escapeEncode(s: PyStr, raw: boolean): Uint8Array {
  const out: number[] = [];
  const ascii = (text: string): void => {
    for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
  };
  for (const cp of codePointsOf(s)) {
    if (raw) {
      if (cp < 0x100) out.push(cp);
      else ascii(cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`);
      continue;
    }
    if (cp === 0x5c) ascii("\\\\");
    else if (cp === 0x09) ascii("\\t");
    else if (cp === 0x0a) ascii("\\n");
    else if (cp === 0x0d) ascii("\\r");
    else if (cp >= 0x20 && cp < 0x7f) out.push(cp);
    else if (cp < 0x100) ascii(`\\x${hex(cp, 2)}`);
    else if (cp < 0x10000) ascii(`\\u${hex(cp, 4)}`);
    else ascii(`\\U${hex(cp, 8)}`);
  }
  return new Uint8Array(out);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** unicode_escape / raw_unicode_escape decoding (_PyUnicode_DecodeUnicodeEscapeInternal). */
export function escapeDecode(b: Uint8Array, raw: boolean): PyStr {
  const codec = raw ? "rawunicodeescape" : "unicodeescape";
  const fail = (start: number, end: number, reason: string): PyBaseException =>
    unicodeError(E.UnicodeDecodeError, codec, b, start, end, reason);
  const out = new StrBuilder();
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c !== 0x5c) {
      out.add(String.fromCharCode(c));
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= b.length) {
      if (raw) {
        out.add("\\");
        break;
      }
      throw fail(start, start + 1, "\\ at end of string");
    }
    const e = String.fromCharCode(b[i + 1]!);
    const hexDigits = (count: number, reason: string): number => {
      let v = 0;
      let k = 0;
      for (; k < count; k++) {
        const d = b[i + 2 + k];
        const x = d === undefined ? NaN : parseInt(String.fromCharCode(d), 16);
        if (Number.isNaN(x)) throw fail(start, i + 2 + k, reason);
        v = v * 16 + x;
      }
      return v;
    };
    if (raw) {
      if (e === "u" || e === "U") {
        const n = e === "u" ? 4 : 8;
        const v = hexDigits(n, `truncated \\${e === "u" ? "uXXXX" : "UXXXXXXXX"} escape`);
        if (v > 0x10ffff) throw fail(start, i + 2 + n, "\\Uxxxxxxxx out of range");
        out.add(String.fromCodePoint(v));
        i += 2 + n;
      } else {
        out.add("\\");
        i++;
      }
      continue;
    }
    if (e in SIMPLE_ESCAPES) {
      out.add(SIMPLE_ESCAPES[e]);
      i += 2;
    } else if (e >= "0" && e <= "7") {
      let v = 0;
      let k = 1;
      while (k <= 3 && i + k < b.length && b[i + k]! >= 0x30 && b[i + k]! <= 0x37)
        v = v * 8 + b[i + k++]! - 0x30;
      out.add(String.fromCodePoint(v));
      i += k;
    } else if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const v = hexDigits(n, `truncated \\${e === "x" ? "xXX" : e === "u" ? "uXXXX" : "UXXXXXXXX"} escape`);
      if (v > 0x10ffff) throw fail(start, i + 2 + n, "illegal Unicode character");
      out.add(String.fromCodePoint(v));
      i += 2 + n;
    } else if (e === "N") {
      const close = b.indexOf(0x7d, i + 2);
      if (b[i + 2] !== 0x7b || close < 0) throw fail(start, b.length, "malformed \\N character escape");
      const name = String.fromCharCode(...b.subarray(i + 3, close));
      const cp = name === "" ? null : lookupUnicodeName(name);
      if (cp === null) throw fail(start, close + 1, "unknown Unicode character name");
      out.add(String.fromCodePoint(cp));
      i = close + 1;
    } else {
      out.add("\\" + e);
      i += 2;
    }
  }
  return out.result();
}
