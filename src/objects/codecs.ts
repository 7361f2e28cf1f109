/**
 * The built-in text codecs str.encode and bytes.decode use (Objects/unicodeobject.c and the
 * encodings package's aliases): utf-8, utf-8-sig, ascii, latin-1, utf-16 and utf-32 (with a BOM,
 * -le, -be) and cp1252, with the standard error handlers (strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass) and CPython's
 * UnicodeError exceptions (encoding, object, start, end, reason).
 */
import { E, PyBaseException, newException } from "./exceptions.js";
import { PyDict } from "./dict.js";
import { PyBytes } from "./misc.js";
import { escapeDecode, escapeEncode } from "./codec-escape.js";
import type { PyStr } from "./str-surrogate.js";
import { PySurrogateStr, StrBuilder, codePointsOf, setBoxedTextError } from "./str-surrogate.js";
import { unicodeNameOf } from "../parser/parser-unicode-names.js";

/** Canonical codec names by normalised alias (encodings.aliases, lower case, '_' for '-'/' '). */
const ALIASES: Record<string, string> = {
  utf_8: "utf-8",
  utf8: "utf-8",
  u8: "utf-8",
  utf: "utf-8",
  cp65001: "utf-8",
  utf_8_sig: "utf-8-sig",
  utf8_sig: "utf-8-sig",
  ascii: "ascii",
  us_ascii: "ascii",
  "646": "ascii",
  latin_1: "latin-1",
  latin1: "latin-1",
  iso_8859_1: "latin-1",
  iso8859_1: "latin-1",
  "8859": "latin-1",
  cp819: "latin-1",
  l1: "latin-1",
  latin: "latin-1",
  utf_16: "utf-16",
  utf16: "utf-16",
  u16: "utf-16",
  utf_16_le: "utf-16-le",
  utf_16le: "utf-16-le",
  utf_16_be: "utf-16-be",
  utf_16be: "utf-16-be",
  utf_32: "utf-32",
  utf32: "utf-32",
  u32: "utf-32",
  utf_32_le: "utf-32-le",
  utf_32le: "utf-32-le",
  utf_32_be: "utf-32-be",
  utf_32be: "utf-32-be",
  cp1252: "cp1252",
  windows_1252: "cp1252",
};

/** The codec for an encoding name, as codecs.lookup normalises it; unknown names as given. */
export function normalizeEncoding(enc: string): string {
  const e = enc.toLowerCase().replace(/[-\s]/g, "_");
  return ALIASES[e] ?? e;
}

/** The bytes-to-bytes and str-to-str codecs of the encodings package (not text encodings). */
const NON_TEXT = new Set([
  "base64",
  "base_64",
  "base64_codec",
  "bz2",
  "bz2_codec",
  "hex",
  "hex_codec",
  "quopri",
  "quotedprintable",
  "quoted_printable",
  "quopri_codec",
  "rot13",
  "rot_13",
  "uu",
  "uu_codec",
  "zip",
  "zlib",
  "zlib_codec",
]);

function lookupError(enc: string, decoding = false): PyBaseException {
  const key = enc.toLowerCase().replace(/[-\s]/g, "_");
  if (NON_TEXT.has(key))
    return newException(
      E.LookupError,
      `'${enc}' is not a text encoding; use codecs.${decoding ? "decode" : "encode"}() to handle arbitrary codecs`,
    );
  return newException(E.LookupError, `unknown encoding: ${enc}`);
}

const KNOWN_HANDLERS = new Set([
  "strict",
  "ignore",
  "replace",
  "backslashreplace",
  "xmlcharrefreplace",
  "surrogateescape",
  "surrogatepass",
  "namereplace",
]);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors))
    throw newException(E.LookupError, `unknown error handler name '${errors}'`);
}

/** A UnicodeEncodeError/DecodeError with CPython's arguments and attributes. */
export function unicodeError(
  type: typeof E.UnicodeEncodeError,
  codec: string,
  obj: PyStr | Uint8Array,
  start: number,
  end: number,
  reason: string,
): PyBaseException {
  const o = obj instanceof Uint8Array ? new PyBytes(obj) : obj;
  const e = newException(type, codec, o, start, end, reason);
  // The attributes __str__ and user code read (UnicodeError's members in exceptions.c).
  e.dict = new PyDict();
  e.dict.setStr("encoding", codec);
  e.dict.setStr("object", o);
  e.dict.setStr("start", start);
  e.dict.setStr("end", end);
  e.dict.setStr("reason", reason);
  return e;
}

function escapeChar(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

// ---- cp1252 ----

/** cp1252's bytes 0x80-0x9f (-1: undefined); the rest is latin-1. */
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1,
  0x017d, -1, -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, -1, 0x017e, 0x0178,
];
const CP1252_ENCODE = new Map<number, number>(
  CP1252_HIGH.flatMap((cp, i) => (cp < 0 ? [] : [[cp, 0x80 + i] as [number, number]])),
);

// ---- encoding ----

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

function utf8Bytes(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

function unit16(u: number, be: boolean, out: number[]): void {
  if (be) out.push(u >> 8, u & 0xff);
  else out.push(u & 0xff, u >> 8);
}

function unit32(u: number, be: boolean, out: number[]): void {
  const b = [u & 0xff, (u >> 8) & 0xff, (u >> 16) & 0xff, (u >>> 24) & 0xff];
  out.push(...(be ? b.reverse() : b));
}

interface Encoder {
  /** The name in error messages. */
  readonly name: string;
  readonly bom: readonly number[];
  /** Appends cp's bytes, or returns false when the codec cannot encode it. */
  put(cp: number, out: number[]): boolean;
  /** What surrogatepass writes for a surrogate, or null when the codec has no such form. */
  pass: ((cp: number, out: number[]) => void) | null;
  readonly reason: string;
}

function encoderFor(enc: string, encoding: string): Encoder {
  const plain = (name: string, limit: number): Encoder => ({
    name,
    bom: [],
    put: (cp, out) => (cp < limit ? (out.push(cp), true) : false),
    pass: null,
    reason: `ordinal not in range(${limit})`,
  });
  switch (enc) {
    case "ascii":
      return plain("ascii", 0x80);
    case "latin-1":
      return plain("latin-1", 0x100);
    case "cp1252":
      return {
        name: "charmap",
        bom: [],
        put: (cp, out) => {
          if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) out.push(cp);
          else {
            const b = CP1252_ENCODE.get(cp);
            if (b === undefined) return false;
            out.push(b);
          }
          return true;
        },
        pass: null,
        reason: "character maps to <undefined>",
      };
    case "utf-8":
    case "utf-8-sig":
      return {
        name: "utf-8",
        bom: enc === "utf-8-sig" ? [0xef, 0xbb, 0xbf] : [],
        put: (cp, out) => (isSurrogate(cp) ? false : (utf8Bytes(cp, out), true)),
        pass: utf8Bytes,
        reason: "surrogates not allowed",
      };
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be": {
      const be = enc === "utf-16-be";
      const put16 = (cp: number, out: number[]): void => {
        if (cp < 0x10000) unit16(cp, be, out);
        else {
          const v = cp - 0x10000;
          unit16(0xd800 | (v >> 10), be, out);
          unit16(0xdc00 | (v & 0x3ff), be, out);
        }
      };
      return {
        name: enc,
        bom: enc === "utf-16" ? [0xff, 0xfe] : [],
        put: (cp, out) => (isSurrogate(cp) ? false : (put16(cp, out), true)),
        pass: put16,
        reason: "surrogates not allowed",
      };
    }
    case "utf-32":
    case "utf-32-le":
    case "utf-32-be": {
      const be = enc === "utf-32-be";
      return {
        name: enc,
        bom: enc === "utf-32" ? [0xff, 0xfe, 0, 0] : [],
        put: (cp, out) => (isSurrogate(cp) ? false : (unit32(cp, be, out), true)),
        pass: (cp, out) => unit32(cp, be, out),
        reason: "surrogates not allowed",
      };
    }
    default:
      throw lookupError(encoding);
  }
}

/**
 * The error a boxed str (str-surrogate.ts) meets where host text is needed: host text is UTF-8,
 * so it is the one CPython raises when it writes such a str to a UTF-8 stream (print).
 */
export function boxedTextError(s: PySurrogateStr): PyBaseException {
  const cps = s.cps;
  let i = 0;
  while (i < cps.length && !isSurrogate(cps[i]!)) i++;
  let end = i;
  while (end < cps.length && isSurrogate(cps[end]!)) end++;
  return unicodeError(E.UnicodeEncodeError, "utf-8", s, i, end, "surrogates not allowed");
}

setBoxedTextError(boxedTextError);

/** str.encode(encoding, errors) (PyUnicode_AsEncodedString with the built-in codecs). */
export function encodeStr(s: PyStr, encoding: string, errors: string): Uint8Array {
  const enc = normalizeEncoding(encoding);
  if (enc === "unicode_escape" || enc === "raw_unicode_escape")
    return escapeEncode(s, enc !== "unicode_escape");
  if (enc === "utf-8" && typeof s === "string" && !/[\ud800-\udfff]/.test(s))
    return new TextEncoder().encode(s);
  const codec = encoderFor(enc, encoding);
  const cps = codePointsOf(s);
  const out: number[] = [...codec.bom];
  const putAll = (text: string): void => {
    for (const c of text) codec.put(c.codePointAt(0)!, out);
  };
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (codec.put(cp, out)) continue;
    // The run of characters the codec cannot encode is one error; the UTF-16 and UTF-32 encoders
    // report each surrogate by itself (pos to pos + 1 in _PyUnicode_EncodeUTF16/32).
    let end = i + 1;
    const probe: number[] = [];
    const single = codec.name.startsWith("utf-16") || codec.name.startsWith("utf-32");
    while (!single && end < cps.length && !codec.put(cps[end]!, probe)) end++;
    checkHandler(errors);
    const fail = (): PyBaseException =>
      unicodeError(E.UnicodeEncodeError, codec.name, s, i, end, codec.reason);
    const run = cps.slice(i, end);
    switch (errors) {
      case "ignore":
        break;
      case "replace":
        putAll("?".repeat(run.length));
        break;
      case "backslashreplace":
        putAll(run.map(escapeChar).join(""));
        break;
      case "xmlcharrefreplace":
        putAll(run.map((c) => `&#${c};`).join(""));
        break;
      case "namereplace":
        // namereplace_errors (Python/codecs.c): \N{NAME}, else the backslashreplace escape.
        putAll(
          run
            .map((c) => {
              const name = unicodeNameOf(c);
              return name === null ? escapeChar(c) : `\\N{${name}}`;
            })
            .join(""),
        );
        break;
      case "surrogateescape":
        // Only lone surrogates U+DC80..U+DCFF, and only for 8-bit results (not utf-16/32).
        if (codec.bom.length > 1 || codec.name.startsWith("utf-16") || codec.name.startsWith("utf-32"))
          throw fail();
        for (const c of run) {
          if (c < 0xdc80 || c > 0xdcff) throw fail();
          out.push(c - 0xdc00);
        }
        break;
      case "surrogatepass":
        if (codec.pass === null || !run.every(isSurrogate)) throw fail();
        for (const c of run) codec.pass(c, out);
        break;
      default:
        throw fail();
    }
    i = end - 1;
  }
  return new Uint8Array(out);
}

// ---- decoding ----

/** One decode error: what the handler puts in its place (or a throw). */
function decodeFailure(
  codec: string,
  b: Uint8Array,
  start: number,
  end: number,
  errors: string,
  reason: string,
): string {
  checkHandler(errors);
  switch (errors) {
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "xmlcharrefreplace":
    case "namereplace":
      // Encoding-only handlers (PyCodec_XMLCharRefReplaceErrors and namereplace_errors).
      throw newException(E.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    case "backslashreplace": {
      let s = "";
      for (let k = start; k < end; k++) s += escapeChar(b[k]!);
      return s;
    }
    case "surrogateescape": {
      let s = "";
      for (let k = start; k < end; k++) {
        if (b[k]! < 0x80) throw unicodeError(E.UnicodeDecodeError, codec, b, start, end, reason);
        s += String.fromCharCode(0xdc00 + b[k]!);
      }
      return s;
    }
    default:
      throw unicodeError(E.UnicodeDecodeError, codec, b, start, end, reason);
  }
}

function decodeUtf8(b: Uint8Array, errors: string): PyStr {
  if (errors !== "surrogatepass") {
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
    } catch {
      // Find the first invalid sequence to report or repair it.
    }
  }
  const out = new StrBuilder();
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    let cp = 0;
    if (c < 0x80) {
      out.add(String.fromCharCode(c));
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
    } else {
      out.add(decodeFailure("utf-8", b, i, i + 1, errors, "invalid start byte"));
      i++;
      continue;
    }
    // surrogatepass: ED A0..BF xx is a surrogate written as three bytes.
    if (errors === "surrogatepass" && c === 0xed && i + 2 < b.length) {
      const d = b[i + 1]!;
      const e = b[i + 2]!;
      if (d >= 0xa0 && d <= 0xbf && (e & 0xc0) === 0x80) {
        out.add(String.fromCharCode(0xd000 | ((d & 0x3f) << 6) | (e & 0x3f)));
        i += 3;
        continue;
      }
    }
    let j = 1;
    for (; j <= need; j++) {
      const d = b[i + j];
      if (d === undefined) break;
      if ((d & 0xc0) !== 0x80) break;
      if (
        j === 1 &&
        ((c === 0xe0 && d < 0xa0) ||
          (c === 0xed && d > 0x9f) ||
          (c === 0xf0 && d < 0x90) ||
          (c === 0xf4 && d > 0x8f))
      )
        break;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (j <= need) {
      out.add(
        decodeFailure(
          "utf-8",
          b,
          i,
          i + j,
          errors,
          i + j >= b.length ? "unexpected end of data" : "invalid continuation byte",
        ),
      );
      i += j;
      continue;
    }
    out.add(String.fromCodePoint(cp));
    i += need + 1;
  }
  return out.result();
}

function decodeUtf16(b: Uint8Array, be: boolean, name: string, errors: string, from: number): string {
  let out = "";
  const n = b.length;
  const at = (k: number): number => (be ? (b[k]! << 8) | b[k + 1]! : b[k]! | (b[k + 1]! << 8));
  let i = from;
  while (i < n) {
    if (i + 1 >= n) {
      out += decodeFailure(name, b, i, n, errors, "truncated data");
      break;
    }
    const u = at(i);
    if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
      continue;
    }
    if (u >= 0xdc00) {
      if (errors === "surrogatepass") out += String.fromCharCode(u);
      else out += decodeFailure(name, b, i, i + 2, errors, "illegal encoding");
      i += 2;
      continue;
    }
    if (i + 3 >= n) {
      if (errors === "surrogatepass") {
        out += String.fromCharCode(u);
        i += 2;
        continue;
      }
      out += decodeFailure(name, b, i, n, errors, "unexpected end of data");
      break;
    }
    const u2 = at(i + 2);
    if (u2 >= 0xdc00 && u2 <= 0xdfff) {
      out += String.fromCharCode(u, u2);
      i += 4;
      continue;
    }
    if (errors === "surrogatepass") out += String.fromCharCode(u);
    else out += decodeFailure(name, b, i, i + 2, errors, "illegal UTF-16 surrogate");
    i += 2;
  }
  return out;
}

function decodeUtf32(b: Uint8Array, be: boolean, name: string, errors: string, from: number): PyStr {
  const out = new StrBuilder();
  const n = b.length;
  let i = from;
  while (i < n) {
    if (i + 3 >= n) {
      out.add(decodeFailure(name, b, i, n, errors, "truncated data"));
      break;
    }
    const cp = be
      ? ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0
      : (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
    if (cp > 0x10ffff) out.add(decodeFailure(name, b, i, i + 4, errors, "code point not in range(0x110000)"));
    else if (isSurrogate(cp) && errors !== "surrogatepass")
      out.add(
        decodeFailure(name, b, i, i + 4, errors, "code point in surrogate code point range(0xd800, 0xe000)"),
      );
    else out.add(String.fromCodePoint(cp));
    i += 4;
  }
  return out.result();
}

/** bytes.decode(encoding, errors) (PyUnicode_Decode with the built-in codecs). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): PyStr {
  const enc = normalizeEncoding(encoding);
  if (enc === "unicode_escape" || enc === "raw_unicode_escape")
    return escapeDecode(b, enc !== "unicode_escape");
  switch (enc) {
    case "latin-1": {
      let s = "";
      for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
      return s;
    }
    case "ascii":
    case "cp1252": {
      let out = "";
      for (let i = 0; i < b.length; i++) {
        const c = b[i]!;
        if (c < 0x80 || (enc === "cp1252" && c >= 0xa0)) out += String.fromCharCode(c);
        else if (enc === "cp1252" && CP1252_HIGH[c - 0x80]! >= 0)
          out += String.fromCharCode(CP1252_HIGH[c - 0x80]!);
        else if (enc === "ascii")
          out += decodeFailure("ascii", b, i, i + 1, errors, "ordinal not in range(128)");
        else out += decodeFailure("charmap", b, i, i + 1, errors, "character maps to <undefined>");
      }
      return out;
    }
    case "utf-8":
      return decodeUtf8(b, errors);
    case "utf-8-sig":
      return decodeUtf8(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b, errors);
    case "utf-16-le":
    case "utf-16-be":
      return decodeUtf16(b, enc === "utf-16-be", enc, errors, 0);
    case "utf-16": {
      // A BOM picks the byte order; without one, little endian (the native order here).
      if (b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, true, "utf-16-be", errors, 2);
      return decodeUtf16(b, false, "utf-16-le", errors, b[0] === 0xff && b[1] === 0xfe ? 2 : 0);
    }
    case "utf-32-le":
    case "utf-32-be":
      return decodeUtf32(b, enc === "utf-32-be", enc, errors, 0);
    case "utf-32": {
      if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        return decodeUtf32(b, true, "utf-32-be", errors, 4);
      const bom = b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0;
      return decodeUtf32(b, false, "utf-32-le", errors, bom ? 4 : 0);
    }
    default:
      throw lookupError(encoding, true);
  }
}

export { PyBytes };
