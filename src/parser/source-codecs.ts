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

/** A codec exists but the bytes are not valid in it. */
export class DecodeFailure extends Error {
  constructor(
    readonly byteIndex: number,
    readonly byte: number,
  ) {
    super(`cannot decode byte 0x${byte.toString(16).padStart(2, "0")} at ${byteIndex}`);
    this.name = "DecodeFailure";
  }
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
      if (cp === 0) throw new DecodeFailure(i, b);
      parts.push(decodeLatin1(bytes.subarray(from, i)), String.fromCharCode(cp));
      from = i + 1;
    }
  }
  parts.push(decodeLatin1(bytes.subarray(from)));
  return parts.join("");
}

function decodeAscii(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) throw new DecodeFailure(i, bytes[i]!);
  return decodeLatin1(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const i = firstInvalidUtf8(bytes);
    throw new DecodeFailure(i, bytes[i] ?? 0);
  }
}

/** Index of the first byte where strict UTF-8 decoding fails (bytes.length if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b < 0xe0) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b < 0xf0) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b < 0xf5) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
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
        throw new DecodeFailure(i, b);
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
  if (label !== undefined && supported(label)) {
    return (bytes) => {
      try {
        return new TextDecoder(label, { fatal: true }).decode(bytes);
      } catch {
        throw new DecodeFailure(0, bytes[0] ?? 0);
      }
    };
  }
  return null;
}
