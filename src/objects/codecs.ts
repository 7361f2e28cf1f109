/**
 * The built-in text codecs str.encode and bytes.decode need: utf-8, ascii, latin-1 (and their
 * aliases), with the strict / ignore / replace / backslashreplace / surrogateescape error
 * handlers and CPython's UnicodeError messages.
 */
import { E, PyBaseException, newException } from "./exceptions.js";
import { PyBytes } from "./misc.js";

export function normalizeEncoding(enc: string): string {
  const e = enc.toLowerCase().replace(/[-\s]/g, "_");
  switch (e) {
    case "utf_8":
    case "utf8":
    case "u8":
    case "utf":
    case "cp65001":
      return "utf-8";
    case "ascii":
    case "us_ascii":
    case "646":
      return "ascii";
    case "latin_1":
    case "latin1":
    case "iso_8859_1":
    case "iso8859_1":
    case "8859":
    case "l1":
    case "latin":
      return "latin-1";
    default:
      return e;
  }
}

function lookupError(enc: string): PyBaseException {
  return newException(E.LookupError, `unknown encoding: ${enc}`);
}

function encodeError(codec: string, s: string, start: number, end: number, reason: string): PyBaseException {
  const cps = [...s];
  const ch = cps[start]!;
  const cp = ch.codePointAt(0)!;
  const shown =
    cp < 0x100
      ? `\\x${cp.toString(16).padStart(2, "0")}`
      : cp < 0x10000
        ? `\\u${cp.toString(16).padStart(4, "0")}`
        : `\\U${cp.toString(16).padStart(8, "0")}`;
  const msg =
    end - start === 1
      ? `'${codec}' codec can't encode character '${shown}' in position ${start}: ${reason}`
      : `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  const e = newException(E.UnicodeEncodeError, msg);
  return e;
}

function decodeError(
  codec: string,
  b: Uint8Array,
  start: number,
  end: number,
  reason: string,
): PyBaseException {
  const msg =
    end - start === 1
      ? `'${codec}' codec can't decode byte 0x${b[start]!.toString(16).padStart(2, "0")} in position ${start}: ${reason}`
      : `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  return newException(E.UnicodeDecodeError, msg);
}

function escapeChar(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normalizeEncoding(encoding);
  const cps = [...s];
  const out: number[] = [];
  const limit = enc === "ascii" ? 0x80 : enc === "latin-1" ? 0x100 : -1;
  if (limit < 0 && enc !== "utf-8") throw lookupError(encoding);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!.codePointAt(0)!;
    const isSurrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (limit < 0 && !isSurrogate) {
      out.push(...new TextEncoder().encode(cps[i]!));
      continue;
    }
    if (limit > 0 && cp < limit) {
      out.push(cp);
      continue;
    }
    if (errors === "surrogateescape" && cp >= 0xdc80 && cp <= 0xdcff) {
      out.push(cp - 0xdc00);
      continue;
    }
    switch (errors) {
      case "ignore":
        continue;
      case "replace":
        out.push(0x3f);
        continue;
      case "backslashreplace":
        for (const c of escapeChar(cp)) out.push(c.charCodeAt(0));
        continue;
      case "xmlcharrefreplace":
        for (const c of `&#${cp};`) out.push(c.charCodeAt(0));
        continue;
      default: {
        let end = i + 1;
        while (end < cps.length && (limit > 0 ? cps[end]!.codePointAt(0)! >= limit : false)) end++;
        const reason = limit > 0 ? `ordinal not in range(${limit})` : "surrogates not allowed";
        throw encodeError(enc, s, i, limit > 0 ? end : i + 1, reason);
      }
    }
  }
  return new Uint8Array(out);
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normalizeEncoding(encoding);
  if (enc === "latin-1") return String.fromCharCode(...b);
  if (enc === "ascii") {
    let out = "";
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (c < 0x80) out += String.fromCharCode(c);
      else if (errors === "ignore") continue;
      else if (errors === "replace") out += "\ufffd";
      else if (errors === "surrogateescape") out += String.fromCharCode(0xdc00 + c);
      else if (errors === "backslashreplace") out += escapeChar(c);
      else throw decodeError("ascii", b, i, i + 1, "ordinal not in range(128)");
    }
    return out;
  }
  if (enc !== "utf-8") throw lookupError(encoding);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    // Find the first invalid sequence to report or repair it.
  }
  let out = "";
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    let cp = 0;
    if (c < 0x80) {
      out += String.fromCharCode(c);
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
      out += badByte(b, i, i + 1, errors, "invalid start byte");
      i++;
      continue;
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
      const end = i + Math.max(1, j);
      out += badByte(
        b,
        i,
        i + j,
        errors,
        i + j >= b.length ? "unexpected end of data" : "invalid continuation byte",
      );
      i = end > i + j ? end : i + j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function badByte(b: Uint8Array, start: number, end: number, errors: string, reason: string): string {
  switch (errors) {
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "surrogateescape": {
      let s = "";
      for (let k = start; k < end; k++) s += String.fromCharCode(0xdc00 + b[k]!);
      return s;
    }
    case "backslashreplace": {
      let s = "";
      for (let k = start; k < end; k++) s += escapeChar(b[k]!);
      return s;
    }
    default:
      throw decodeError("utf-8", b, start, end, reason);
  }
}

export { PyBytes };
