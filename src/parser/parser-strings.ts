/**
 * String literals: `strings: STRING+` and its concatenation (_PyPegen_concatenate_strings in
 * Parser/action_helpers.c), prefix handling and escape decoding (_PyPegen_parsestr in
 * Parser/string_parser.c, with the codecs' unicode-escape and bytes-escape rules).
 *
 * f-strings are handed to parser-fstring.ts; a concatenation holding one becomes a JoinedStr.
 */
import type { Constant, expr } from "./ast.generated.js";
import type { BytesConstant } from "./constant.js";
import type { Parser } from "./parser-core.js";
import { concatenateFStrings } from "./parser-fstring.js";
import { lookupUnicodeName } from "./parser-unicode-names.js";
import { DecodeFailure, utf8Error } from "./source-codecs.js";
import type { Token } from "./token.js";

/** A literal's prefix and where its body lies inside the token text. */
export interface StringParts {
  readonly bytes: boolean;
  readonly raw: boolean;
  readonly fstring: boolean;
  readonly unicode: boolean;
  /** Index of the first body character in the token text, and one past the last. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/** Splits a STRING token's text into prefix flags and body bounds (_PyPegen_parsestr's prologue). */
export function stringParts(text: string): StringParts {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fstring = false;
  let unicode = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x62 || c === 0x42) bytes = true;
    else if (c === 0x72 || c === 0x52) raw = true;
    else if (c === 0x66 || c === 0x46) fstring = true;
    else if (c === 0x75 || c === 0x55) unicode = true;
    else break;
    i++;
  }
  const quote = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const q = triple ? 3 : 1;
  return { bytes, raw, fstring, unicode, bodyStart: i + q, bodyEnd: text.length - q };
}

/** strings: STRING+  — one Constant, or a JoinedStr when an f-string takes part. */
export function parseStrings(p: Parser): expr {
  const first = p.pos;
  let hasF = false;
  let t = p.tok;
  while (t.type === "STRING") {
    const c = t.string.charCodeAt(0);
    // Only a prefix can hold 'f'/'F'; looking at the first two characters is enough.
    if (c === 0x66 || c === 0x46 || ((c | 0x20) === 0x72 && (t.string.charCodeAt(1) | 0x20) === 0x66))
      hasF = true;
    p.next();
    t = p.tok;
  }
  const last = p.pos - 1;
  if (hasF) return concatenateFStrings(p, first, last);
  const firstTok = p.tokens[first]!;
  const lastTok = p.tokens[last]!;
  const firstParts = stringParts(firstTok.string);
  let value: string | BytesConstant;
  p.surrogateBase = 0;
  if (first === last) {
    value = decodeLiteral(p, firstTok, firstParts);
  } else if (firstParts.bytes) {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let i = first; i <= last; i++) {
      const tok = p.tokens[i]!;
      const parts = i === first ? firstParts : stringParts(tok.string);
      if (!parts.bytes) throw p.errorAtLastFetched("cannot mix bytes and nonbytes literals");
      const b = (decodeLiteral(p, tok, parts) as BytesConstant).bytes;
      chunks.push(b);
      size += b.length;
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    value = { kind: "bytes", bytes: all };
  } else {
    let s = "";
    for (let i = first; i <= last; i++) {
      const tok = p.tokens[i]!;
      const parts = i === first ? firstParts : stringParts(tok.string);
      if (parts.bytes) throw p.errorAtLastFetched("cannot mix bytes and nonbytes literals");
      p.surrogateBase = s.length;
      s += decodeLiteral(p, tok, parts) as string;
    }
    value = s;
  }
  const node: Constant = {
    _type: "Constant",
    value,
    kind: firstParts.unicode ? "u" : null,
    lineno: firstTok.lineno,
    col_offset: firstTok.colOffset,
    end_lineno: lastTok.endLineno,
    end_col_offset: lastTok.endColOffset,
  };
  if (p.escapedSurrogates !== null) noteSplitPairs(p, node);
  return node;
}

/**
 * Python strings are sequences of code points, ours UTF-16: `"\ud834\udd20"` is two code points
 * in Python but reads as one astral character in JavaScript. Where escapes put a high and a low
 * surrogate side by side, the node's value becomes the code points (SplitStrConstant).
 */
function noteSplitPairs(p: Parser, node: Constant): void {
  const escaped = p.escapedSurrogates!;
  p.escapedSurrogates = null;
  p.surrogateBase = 0;
  const v = node.value;
  if (typeof v !== "string") return;
  const marks = new Set(escaped);
  const splits: number[] = [];
  for (let i = 0; i + 1 < v.length; i++) {
    const a = v.charCodeAt(i);
    const b = v.charCodeAt(i + 1);
    if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff && (marks.has(i) || marks.has(i + 1))) {
      splits.push(i + 1);
    }
  }
  if (splits.length === 0) return;
  const codePoints: number[] = [];
  let from = 0;
  for (const at of [...splits, v.length]) {
    for (const c of v.slice(from, at)) codePoints.push(c.codePointAt(0)!);
    from = at;
  }
  node.value = { kind: "str", codePoints };
}

/** The value of one non-f-string literal. */
export function decodeLiteral(p: Parser, t: Token, parts: StringParts): string | BytesConstant {
  // The tokenizer has already turned CRLF and CR into LF (translate_newlines).
  const body = t.string.slice(parts.bodyStart, parts.bodyEnd);
  if (parts.bytes) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) >= 0x80) {
        throw p.errorAtToken(t, "bytes can only contain ASCII literal characters");
      }
    }
    if (parts.raw || body.indexOf("\\") < 0) return { kind: "bytes", bytes: asciiBytes(body) };
    return { kind: "bytes", bytes: decodeBytesEscapes(p, body, t.lineno) };
  }
  const undecodable = undecodableSourceBytes(body, !parts.raw && body.indexOf("\\") >= 0);
  if (undecodable !== null) throw p.errorAtLastFetched(`(unicode error) ${undecodable}`);
  if (parts.raw || body.indexOf("\\") < 0) return body;
  return decodeUnicodeEscapes(p, body, t.lineno);
}

/** Whether body[i] is a source byte that did not decode (a lone U+DC80-U+DCFF, see source.ts). */
function isEscapedByte(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return false;
  const before = i > 0 ? body.charCodeAt(i - 1) : 0;
  return !(before >= 0xd800 && before <= 0xdbff);
}

/**
 * The UTF-8 decode error CPython's parser meets in a str literal holding undecodable source
 * bytes, or null. Without escapes the whole body is decoded at once
 * (PyUnicode_DecodeUTF8Stateful in _PyPegen_decode_string), so positions count from the body's
 * start; with escapes decode_unicode_with_escapes decodes each run of non-ASCII bytes on its
 * own, so they count from the start of that run.
 */
function undecodableSourceBytes(body: string, escapes: boolean): string | null {
  let any = false;
  for (let i = 0; i < body.length && !any; i++) any = isEscapedByte(body, i);
  if (!any) return null;
  const encoder = new TextEncoder();
  const chunks: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (isEscapedByte(body, i)) {
      chunks.push(c - 0xdc00);
    } else if (c < 0x80) {
      chunks.push(c);
    } else {
      const cp = body.codePointAt(i)!;
      if (cp > 0xffff) i++;
      for (const b of encoder.encode(String.fromCodePoint(cp))) chunks.push(b);
    }
  }
  const bytes = Uint8Array.from(chunks);
  if (!escapes) return utf8FailureMessage(bytes);
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < bytes.length && bytes[j]! >= 0x80) j++;
    const message = utf8FailureMessage(bytes.subarray(i, j));
    if (message !== null) return message;
    i = j;
  }
  return null;
}

function utf8FailureMessage(bytes: Uint8Array): string | null {
  const error = utf8Error(bytes);
  if (error === null) return null;
  return new DecodeFailure("utf-8", bytes, error.start, error.end, error.reason).pythonMessage();
}

function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * Decodes a str literal body with escapes, as decode_unicode_with_escapes followed by the
 * unicode-escape codec. Errors name byte positions in the buffer that codec sees, where every
 * non-ASCII character was first rewritten as a 10-byte \UXXXXXXXX escape (and a backslash before
 * one as \u005c), so they are counted that way here.
 */
export function decodeUnicodeEscapes(p: Parser, body: string, lineno: number): string {
  let warned = false;
  let out = "";
  let runStart = 0;
  // Position in codec bytes of body[i].
  let bytePos = 0;
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 0x5c) {
      // A non-BMP character is one 10-byte escape for both of its UTF-16 halves.
      bytePos += c < 0x80 ? 1 : c >= 0xdc00 && c <= 0xdfff ? 0 : 10;
      i++;
      continue;
    }
    out += body.slice(runStart, i);
    const escStart = bytePos;
    if (i + 1 >= n) {
      // A lone trailing backslash cannot occur in a token, but keep it literally.
      out += "\\";
      i++;
      runStart = i;
      break;
    }
    const d = body.charCodeAt(i + 1);
    i += 2;
    bytePos += 2;
    switch (d) {
      case 0x0a: // backslash-newline: line continuation inside the literal
        break;
      case 0x5c:
        out += "\\";
        break;
      case 0x27:
        out += "'";
        break;
      case 0x22:
        out += '"';
        break;
      case 0x62:
        out += "\b";
        break;
      case 0x66:
        out += "\f";
        break;
      case 0x74:
        out += "\t";
        break;
      case 0x6e:
        out += "\n";
        break;
      case 0x72:
        out += "\r";
        break;
      case 0x76:
        out += "\v";
        break;
      case 0x61:
        out += "\x07";
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = d - 0x30;
        for (let k = 0; k < 2 && i < n; k++) {
          const o = body.charCodeAt(i);
          if (o < 0x30 || o > 0x37) break;
          v = v * 8 + (o - 0x30);
          i++;
          bytePos++;
        }
        out += String.fromCodePoint(v);
        break;
      }
      case 0x78:
      case 0x75:
      case 0x55: {
        const count = d === 0x78 ? 2 : d === 0x75 ? 4 : 8;
        const what =
          d === 0x78
            ? "truncated \\xXX escape"
            : d === 0x75
              ? "truncated \\uXXXX escape"
              : "truncated \\UXXXXXXXX escape";
        let v = 0;
        for (let k = 0; k < count; k++) {
          const h = i < n ? hexValue(body.charCodeAt(i)) : -1;
          if (h < 0) throw unicodeError(p, escStart, bytePos, what);
          v = v * 16 + h;
          i++;
          bytePos++;
        }
        if (v > 0x10ffff) throw unicodeError(p, escStart, bytePos, "illegal Unicode character");
        if (v >= 0xd800 && v <= 0xdfff) (p.escapedSurrogates ??= []).push(p.surrogateBase + out.length);
        out += String.fromCodePoint(v);
        break;
      }
      case 0x4e: {
        // \N{name}
        if (i >= n || body.charCodeAt(i) !== 0x7b)
          throw unicodeError(p, escStart, bytePos, "malformed \\N character escape");
        const close = body.indexOf("}", i + 1);
        if (close < 0 || close === i + 1) {
          const stop = close < 0 ? n : close;
          throw unicodeError(
            p,
            escStart,
            bytePos + codecLength(body, i, stop),
            "malformed \\N character escape",
          );
        }
        const name = body.slice(i + 1, close);
        const consumed = codecLength(body, i, close + 1);
        const cp = lookupUnicodeName(name);
        if (cp === null)
          throw unicodeError(p, escStart, bytePos + consumed, "unknown Unicode character name");
        out += String.fromCodePoint(cp);
        bytePos += consumed;
        i = close + 1;
        break;
      }
      default:
        // An invalid escape keeps its backslash (a DeprecationWarning in CPython 3.11). A
        // backslash before a non-ASCII character was rewritten as \u005c: it is literal too.
        out += "\\";
        i--;
        bytePos -= 1;
        if (d >= 0x80) bytePos += 5;
        else if (!warned) {
          warned = true;
          p.warnInvalidEscape(d, lineno);
        }
        break;
    }
    runStart = i;
  }
  return out + body.slice(runStart);
}

/** Bytes the unicode-escape codec sees for body[from, to) (non-ASCII as 10-byte escapes). */
function codecLength(body: string, from: number, to: number): number {
  let len = 0;
  for (let k = from; k < to; k++) {
    const c = body.charCodeAt(k);
    len += c < 0x80 ? 1 : c >= 0xdc00 && c <= 0xdfff ? 0 : 10;
  }
  return len;
}

/** The SyntaxError for a failed unicode-escape decode; `end` is one past the bad bytes. */
function unicodeError(p: Parser, start: number, end: number, reason: string): Error {
  const where = end - start > 1 ? `bytes in position ${start}-${end - 1}` : `byte 0x5c in position ${start}`;
  return p.errorAtLastFetched(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/** The bytes-escape codec (_PyBytes_DecodeEscape): no \N, \u or \U; octal values wrap to a byte. */
function decodeBytesEscapes(p: Parser, body: string, lineno: number): Uint8Array {
  let warned = false;
  const out: number[] = [];
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 0x5c || i + 1 >= n) {
      out.push(c);
      i++;
      continue;
    }
    const escPos = i;
    const d = body.charCodeAt(i + 1);
    i += 2;
    switch (d) {
      case 0x0a:
        break;
      case 0x5c:
        out.push(0x5c);
        break;
      case 0x27:
        out.push(0x27);
        break;
      case 0x22:
        out.push(0x22);
        break;
      case 0x62:
        out.push(8);
        break;
      case 0x66:
        out.push(12);
        break;
      case 0x74:
        out.push(9);
        break;
      case 0x6e:
        out.push(10);
        break;
      case 0x72:
        out.push(13);
        break;
      case 0x76:
        out.push(11);
        break;
      case 0x61:
        out.push(7);
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let v = d - 0x30;
        for (let k = 0; k < 2 && i < n; k++) {
          const o = body.charCodeAt(i);
          if (o < 0x30 || o > 0x37) break;
          v = v * 8 + (o - 0x30);
          i++;
        }
        out.push(v & 0xff);
        break;
      }
      case 0x78: {
        const h1 = i < n ? hexValue(body.charCodeAt(i)) : -1;
        const h2 = i + 1 < n ? hexValue(body.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0)
          throw p.errorAtLastFetched(`(value error) invalid \\x escape at position ${escPos}`);
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        out.push(0x5c);
        i--;
        if (!warned) {
          warned = true;
          p.warnInvalidEscape(d, lineno);
        }
        break;
    }
  }
  return Uint8Array.from(out);
}
