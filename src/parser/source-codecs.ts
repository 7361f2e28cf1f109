/**
 * The text codecs a source file may declare (PEP 263), looked up by their Python names.
 *
 * Python normalizes a codec name (encodings.normalize_encoding: lower case, runs of punctuation
 * become "_") and resolves aliases (encodings/aliases.py). We cover the codecs found in
 * practice: UTF-8, Latin-1 and ASCII are decoded here, because the WHATWG TextDecoder (the only
 * decoder a browser has) maps the labels "latin1", "iso-8859-1" and "ascii" to windows-1252,
 * which differs for bytes 0x80-0x9F. Other codecs go to TextDecoder under their WHATWG label,
 * with the differences from Python's codecs corrected (see decodeSingleByte and decodeIso).
 */

/**
 * A codec exists but the bytes are not valid in it: what Python's UnicodeDecodeError carries.
 * `start` / `end` delimit the bad bytes.
 */
export class DecodeFailure extends Error {
  constructor(
    /** The codec's name as Python's message gives it ("utf-8", "ascii", "charmap", "euc_jp"). */
    readonly codec: string,
    readonly bytes: Uint8Array,
    readonly start: number,
    readonly end: number,
    readonly reason: string,
  ) {
    super(decodeErrorMessage(codec, bytes, start, end, reason, 0));
    this.name = "DecodeFailure";
  }

  /** str() of the UnicodeDecodeError, positions moved by `shift` (bytes dropped before them). */
  pythonMessage(shift = 0): string {
    return decodeErrorMessage(this.codec, this.bytes, this.start, this.end, this.reason, shift);
  }
}

function decodeErrorMessage(
  codec: string,
  bytes: Uint8Array,
  start: number,
  end: number,
  reason: string,
  shift: number,
): string {
  if (end - start === 1) {
    const b = bytes[start]!.toString(16).padStart(2, "0");
    return `'${codec}' codec can't decode byte 0x${b} in position ${start - shift}: ${reason}`;
  }
  return `'${codec}' codec can't decode bytes in position ${start - shift}-${end - 1 - shift}: ${reason}`;
}

/**
 * Where strict UTF-8 decoding first fails, as Python's decoder reports it (Objects/stringlib/
 * codecs.h): the bad bytes and the reason, or null when the bytes are valid.
 */
export function utf8Error(bytes: Uint8Array): { start: number; end: number; reason: string } | null {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b < 0xc2 || b > 0xf4) return { start: i, end: i + 1, reason: "invalid start byte" };
    const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { start: i, end: n, reason: "unexpected end of data" };
      const c = bytes[i + k]!;
      let lo = 0x80;
      let hi = 0xbf;
      if (k === 1) {
        // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
        if (b === 0xe0) lo = 0xa0;
        else if (b === 0xed) hi = 0x9f;
        else if (b === 0xf0) lo = 0x90;
        else if (b === 0xf4) hi = 0x8f;
      }
      if (c < lo || c > hi) return { start: i, end: i + k, reason: "invalid continuation byte" };
    }
    i += need + 1;
  }
  return null;
}

/** encodings.normalize_encoding, then lower-cased as codecs.lookup does. */
export function normalizeCodecName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

type Decoder = (bytes: Uint8Array) => string;

const UTF8_NAMES = ["utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"];
const LATIN1_NAMES = [
  "latin_1",
  "latin1",
  "latin",
  "l1",
  "iso8859_1",
  "iso_8859_1",
  "8859",
  "cp819",
  "iso_ir_100",
  "csisolatin1",
  "iso_8859_1_1987",
  "ibm819",
];
const ASCII_NAMES = [
  "ascii",
  "us_ascii",
  "646",
  "ansi_x3.4_1968",
  "ansi_x3_4_1968",
  "ansi_x3.4_1986",
  "cp367",
  "csascii",
  "ibm367",
  "iso646_us",
  "iso_646.irv_1991",
  "iso_ir_6",
  "us",
];

/** Python codec (after normalization and aliasing) -> WHATWG label, for TextDecoder. */
const WHATWG: Readonly<Record<string, string>> = {
  koi8_r: "koi8-r",
  koi8_u: "koi8-u",
  euc_jp: "euc-jp",
  eucjp: "euc-jp",
  ujis: "euc-jp",
  shift_jis: "shift_jis",
  sjis: "shift_jis",
  s_jis: "shift_jis",
  shiftjis: "shift_jis",
  csshiftjis: "shift_jis",
  gbk: "gbk",
  cp936: "gbk",
  ms936: "gbk",
  gb18030: "gb18030",
  gb2312: "gbk",
  big5: "big5",
  big5_tw: "big5",
  csbig5: "big5",
  euc_kr: "euc-kr",
  euckr: "euc-kr",
  iso2022_jp: "iso-2022-jp",
  mac_cyrillic: "x-mac-cyrillic",
  maccyrillic: "x-mac-cyrillic",
  cp866: "ibm866",
  ibm866: "ibm866",
  "866": "ibm866",
};

function decodeLatin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 8192)));
  }
  return s;
}

/** The reason Python's charmap codecs give for an undefined byte. */
const UNDEFINED = "character maps to <undefined>";

/**
 * cp1252's bytes 0x80-0x9F (0 where Python's codec leaves the byte undefined). Node's
 * TextDecoder treats "windows-1252" as Latin-1, so this one is decoded here.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) {
      const cp = CP1252_HIGH[b - 0x80]!;
      if (cp === 0) throw new DecodeFailure("charmap", bytes, i, i + 1, UNDEFINED);
      parts.push(decodeLatin1(bytes.subarray(from, i)), String.fromCharCode(cp));
      from = i + 1;
    }
  }
  parts.push(decodeLatin1(bytes.subarray(from)));
  return parts.join("");
}

function decodeAscii(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) throw new DecodeFailure("ascii", bytes, i, i + 1, "ordinal not in range(128)");
  }
  return decodeLatin1(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  const error = utf8Error(bytes);
  if (error !== null) throw new DecodeFailure("utf-8", bytes, error.start, error.end, error.reason);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/**
 * UTF-8 that lets invalid bytes through, each as the lone surrogate U+DC80-U+DCFF (Python's
 * "surrogateescape"): what CPython's tokenizer does with bytes it was not asked to check. They
 * are harmless in comments and found where CPython finds them (identifiers, string literals).
 */
export function decodeUtf8Escaping(bytes: Uint8Array): string {
  if (utf8Error(bytes) === null) return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  for (;;) {
    const rest = bytes.subarray(at);
    const error = utf8Error(rest);
    if (error === null) break;
    parts.push(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(from, at + error.start)));
    // Only the first byte is escaped: the ones after it may start a valid sequence.
    parts.push(String.fromCharCode(0xdc00 + rest[error.start]!));
    at += error.start + 1;
    from = at;
  }
  parts.push(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(from)));
  return parts.join("");
}

/** The lone surrogate decodeUtf8Escaping puts for an undecodable byte, or -1. */
export function escapedByte(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return -1;
  if (i > 0) {
    const p = text.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff) return -1;
  }
  return c - 0xdc00;
}

/**
 * A WHATWG single-byte decoder corrected to Python's codec: bytes Python leaves undefined are
 * errors. WHATWG decodes some of them anyway: to the C1 control of the same number (windows-125x
 * at 0x80-0x9F), to a private-use character (windows-874), to U+FFFD (non-fatal decoding), or, for
 * the bytes listed in `undefinedBytes`, to a character.
 */
function decodeSingleByte(label: string, undefinedBytes: readonly number[] = []): Decoder {
  const windows = label.startsWith("windows-");
  return (bytes) => {
    const text = new TextDecoder(label).decode(bytes);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const c = text.charCodeAt(i);
      if (
        c === 0xfffd ||
        (c >= 0xe000 && c <= 0xf8ff) ||
        (windows && b >= 0x80 && b <= 0x9f && c === b) ||
        undefinedBytes.includes(b)
      ) {
        throw new DecodeFailure("charmap", bytes, i, i + 1, UNDEFINED);
      }
    }
    return text;
  };
}

/**
 * ISO-8859-N: WHATWG maps iso-8859-9 and -11 to windows-1254 / windows-874, which assign
 * characters to 0x80-0x9F; in ISO 8859 (and Python) those bytes are the C1 controls.
 */
function decodeIso(label: string): Decoder {
  const decode = decodeSingleByte(label);
  return (bytes) => {
    let s = "";
    let from = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b >= 0x80 && b <= 0x9f) {
        s += decode(bytes.subarray(from, i)) + String.fromCharCode(b);
        from = i + 1;
      }
    }
    return s + decode(bytes.subarray(from));
  };
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * The decoder for a Python codec name, or null when Python would not know the codec (or when
 * it cannot decode source code at all, as UTF-16 and UTF-32 cannot: the coding line itself is
 * not valid in them).
 */
export function codecDecoder(name: string): Decoder | null {
  const n = normalizeCodecName(name);
  if (UTF8_NAMES.includes(n)) return decodeUtf8;
  if (n === "utf_8_sig") {
    return (bytes) =>
      decodeUtf8(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  }
  if (LATIN1_NAMES.includes(n)) return decodeLatin1;
  if (ASCII_NAMES.includes(n)) return decodeAscii;
  if (n === "cp1252" || n === "windows_1252") return decodeCp1252;
  let m = /^(?:cp|windows_|windows)(125[0-8])$/.exec(n);
  if (m !== null) return decodeSingleByte(`windows-${m[1]}`, m[1] === "1253" ? [0xaa] : []);
  if (n === "cp874" || n === "windows_874") return decodeSingleByte("windows-874");
  m = /^(?:iso8859_|iso_8859_|iso8859|latin)(\d+)$/.exec(n);
  if (m !== null) {
    const part = Number(m[1]);
    // latinN names a different part than iso8859_N past 4 (latin5 is 8859-9, ...).
    const isoPart = n.startsWith("latin")
      ? ({ 2: 2, 3: 3, 4: 4, 5: 9, 6: 10, 7: 13, 8: 14, 9: 15, 10: 16 } as Record<number, number>)[part]
      : part;
    if (isoPart !== undefined && isoPart !== 1 && supported(`iso-8859-${isoPart}`))
      return decodeIso(`iso-8859-${isoPart}`);
    if (isoPart === 1) return decodeLatin1;
    return null;
  }
  const label = WHATWG[n];
  if (label !== undefined && supported(label)) return decodeMultiByte(label, PYTHON_NAMES[label] ?? n);
  return null;
}

/** Python's names for the codecs decoded by TextDecoder, as its error messages give them. */
const PYTHON_NAMES: Readonly<Record<string, string>> = {
  "koi8-r": "koi8_r",
  "koi8-u": "koi8_u",
  "euc-jp": "euc_jp",
  shift_jis: "shift_jis",
  gbk: "gbk",
  gb18030: "gb18030",
  big5: "big5",
  "euc-kr": "euc_kr",
  "iso-2022-jp": "iso2022_jp",
  "x-mac-cyrillic": "mac_cyrillic",
  ibm866: "cp866",
};

/**
 * A multibyte codec through TextDecoder. On bad input the byte where decoding fails is found by
 * feeding the bytes one at a time; the message is Python's CJK codecs' ("illegal multibyte
 * sequence", or "incomplete multibyte sequence" at the end).
 */
function decodeMultiByte(label: string, pythonName: string): Decoder {
  return (bytes) => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      const decoder = new TextDecoder(label, { fatal: true });
      let i = 0;
      try {
        for (; i < bytes.length; i++) decoder.decode(bytes.subarray(i, i + 1), { stream: true });
        decoder.decode();
      } catch {
        const at = Math.min(i, bytes.length - 1);
        const reason = i >= bytes.length ? "incomplete multibyte sequence" : "illegal multibyte sequence";
        throw new DecodeFailure(pythonName, bytes, at, at + 1, reason);
      }
      throw new DecodeFailure(pythonName, bytes, 0, 1, "illegal multibyte sequence");
    }
  };
}
