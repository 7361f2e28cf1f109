/**
 * Decoders for the two tables of a 3.11 code object: the exception table
 * (Objects/exception_handling_notes.txt) and the location table (Objects/locations.md).
 */

/** One exception table entry; offsets are in code units (instructions). */
export interface ExceptionEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

/**
 * Parses co_exceptiontable: entries of varints (start, length, target, depth<<1|lasti), each
 * varint in 6-bit big-endian chunks with 0x40 as the continuation bit; 0x80 marks an entry's start.
 */
export function parseExceptionTable(bytes: Uint8Array): ExceptionEntry[] {
  const out: ExceptionEntry[] = [];
  let pos = 0;
  const varint = (): number => {
    let b = bytes[pos++]!;
    let val = b & 63;
    while (b & 64) {
      b = bytes[pos++]!;
      val = val * 64 + (b & 63);
    }
    return val;
  };
  while (pos < bytes.length) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

/** The handler covering instruction `index`, or null (entries do not overlap; later ones are not nested). */
export function findHandler(table: readonly ExceptionEntry[], index: number): ExceptionEntry | null {
  for (const e of table) {
    if (index >= e.start && index < e.end) return e;
  }
  return null;
}

/** Source positions of every code unit; -1 where CPython has None. Columns are UTF-8 byte offsets. */
export interface Locations {
  readonly line: Int32Array;
  readonly endLine: Int32Array;
  readonly col: Int32Array;
  readonly endCol: Int32Array;
}

/** Decodes co_linetable into per-code-unit positions (follows _PyLineTable / advance in codeobject.c). */
export function decodeLocations(table: Uint8Array, firstLine: number, codeUnits: number): Locations {
  const line = new Int32Array(codeUnits).fill(-1);
  const endLine = new Int32Array(codeUnits).fill(-1);
  const col = new Int32Array(codeUnits).fill(-1);
  const endCol = new Int32Array(codeUnits).fill(-1);
  let pos = 0;
  let unit = 0;
  let cur = firstLine;
  const byte = (): number => table[pos++]!;
  const varint = (): number => {
    let b = byte();
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = byte();
      shift += 6;
      val += (b & 63) * 2 ** shift;
    }
    return val;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (pos < table.length) {
    const first = byte();
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let l = -1;
    let el = -1;
    let c = -1;
    let ec = -1;
    switch (code) {
      case 15: // no location
        break;
      case 14: {
        cur += svarint();
        l = cur;
        el = cur + varint();
        c = varint() - 1;
        ec = varint() - 1;
        break;
      }
      case 13: {
        cur += svarint();
        l = el = cur;
        break;
      }
      case 10:
      case 11:
      case 12: {
        cur += code - 10;
        l = el = cur;
        c = byte();
        ec = byte();
        break;
      }
      default: {
        const second = byte();
        l = el = cur;
        c = (code << 3) | (second >> 4);
        ec = c + (second & 15);
      }
    }
    for (let k = 0; k < length && unit < codeUnits; k++, unit++) {
      line[unit] = l;
      endLine[unit] = el;
      col[unit] = c;
      endCol[unit] = ec;
    }
  }
  return { line, endLine, col, endCol };
}
