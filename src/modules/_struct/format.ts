/**
 * Struct format strings (Modules/_struct.c, prepare_s): a byte-order/size/alignment prefix, then
 * format characters each with an optional repeat count. Native mode ('@', the default) uses the
 * sizes and alignments of x86-64 Linux; the standard modes ('=', '<', '>', '!') use fixed sizes
 * and no alignment, and have no 'n', 'N' or 'P'.
 */

/** What one format character means in one mode. */
export interface FormatDef {
  readonly size: number;
  /** Alignment of the item in native mode (0: none). */
  readonly align: number;
}

/** One parsed item: `count` values of code `code` (a single value of `count` bytes for s and p). */
export interface FormatCode {
  readonly code: string;
  readonly offset: number;
  readonly count: number;
  readonly size: number;
}

export interface CompiledFormat {
  readonly littleEndian: boolean;
  readonly native: boolean;
  readonly size: number;
  /** How many Python values pack takes and unpack returns (CPython's s_len). */
  readonly nvalues: number;
  readonly codes: readonly FormatCode[];
}

// Sizes as C's types have them on x86-64 Linux (LP64), each aligned to its own size.
const NATIVE: Readonly<Record<string, FormatDef>> = {
  x: { size: 1, align: 0 },
  c: { size: 1, align: 0 },
  b: { size: 1, align: 0 },
  B: { size: 1, align: 0 },
  "?": { size: 1, align: 1 },
  h: { size: 2, align: 2 },
  H: { size: 2, align: 2 },
  i: { size: 4, align: 4 },
  I: { size: 4, align: 4 },
  l: { size: 8, align: 8 },
  L: { size: 8, align: 8 },
  q: { size: 8, align: 8 },
  Q: { size: 8, align: 8 },
  n: { size: 8, align: 8 },
  N: { size: 8, align: 8 },
  e: { size: 2, align: 2 },
  f: { size: 4, align: 4 },
  d: { size: 8, align: 8 },
  s: { size: 1, align: 0 },
  p: { size: 1, align: 0 },
  P: { size: 8, align: 8 },
};

const STANDARD: Readonly<Record<string, FormatDef>> = {
  x: { size: 1, align: 0 },
  c: { size: 1, align: 0 },
  b: { size: 1, align: 0 },
  B: { size: 1, align: 0 },
  "?": { size: 1, align: 0 },
  h: { size: 2, align: 0 },
  H: { size: 2, align: 0 },
  i: { size: 4, align: 0 },
  I: { size: 4, align: 0 },
  l: { size: 4, align: 0 },
  L: { size: 4, align: 0 },
  q: { size: 8, align: 0 },
  Q: { size: 8, align: 0 },
  e: { size: 2, align: 0 },
  f: { size: 4, align: 0 },
  d: { size: 8, align: 0 },
  s: { size: 1, align: 0 },
  p: { size: 1, align: 0 },
};

/** Py_ssize_t's largest value: sizes beyond it are "total struct size too long". */
const SSIZE_MAX = 2n ** 63n - 1n;

/** A struct.error to raise: the module turns it into one at the native boundary. */
export class StructFormatError extends Error {
  constructor(readonly pyMessage: string) {
    super(pyMessage);
    this.name = "StructFormatError";
  }
}

function structError(message: string): StructFormatError {
  return new StructFormatError(message);
}

/** C's isspace for the ASCII whitespace prepare_s skips. */
function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
}

/** Parses a format string (prepare_s), computing each item's offset and the total size. */
export function compileFormat(fmt: string): CompiledFormat {
  if (fmt.includes("\0")) throw structError("embedded null character");
  let i = 0;
  let native = true;
  let littleEndian = true;
  switch (fmt[0]) {
    case "@":
      i = 1;
      break;
    case "=":
    case "<":
      native = false;
      i = 1;
      break;
    case ">":
    case "!":
      native = false;
      littleEndian = false;
      i = 1;
      break;
  }
  const table = native ? NATIVE : STANDARD;
  const codes: FormatCode[] = [];
  let size = 0n;
  let nvalues = 0;
  while (i < fmt.length) {
    let c = fmt[i++]!;
    if (isSpace(c)) continue;
    let num = 1n;
    if (c >= "0" && c <= "9") {
      num = BigInt(c);
      while (i < fmt.length && fmt[i]! >= "0" && fmt[i]! <= "9") {
        num = num * 10n + BigInt(fmt[i++]!);
        if (num > SSIZE_MAX) throw structError("total struct size too long");
      }
      if (i >= fmt.length) throw structError("repeat count given without format specifier");
      c = fmt[i++]!;
    }
    const def = table[c];
    if (def === undefined) throw structError("bad char in struct format");
    if (def.align > 1 && size > 0n)
      size += (BigInt(def.align) - (size % BigInt(def.align))) % BigInt(def.align);
    if (num > (SSIZE_MAX - size) / BigInt(def.size)) throw structError("total struct size too long");
    if (c === "s" || c === "p") {
      codes.push({ code: c, offset: Number(size), count: Number(num), size: def.size });
      nvalues++;
    } else if (c !== "x" && num > 0n) {
      codes.push({ code: c, offset: Number(size), count: Number(num), size: def.size });
      nvalues += Number(num);
    }
    size += num * BigInt(def.size);
  }
  return { littleEndian, native, size: Number(size), nvalues, codes };
}
