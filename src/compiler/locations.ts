/**
 * The 3.11 location table (co_linetable): for each run of up to 8 code units, the start line,
 * end line, start column and end column of the instructions, in the compact forms described in
 * CPython's Objects/locations.md. Encoding follows write_location_info_entry in
 * Python/compile.c; decoding follows the table walk behind code.co_positions().
 */

/** What the encoder needs of an instruction. */
export interface LocatedInstr {
  readonly lineno: number;
  readonly endLineno: number;
  readonly col: number;
  readonly endCol: number;
  /** Size in code units, CACHE entries included. */
  readonly size: number;
}

const SHORT0 = 0;
const ONE_LINE0 = 10;
const NO_COLUMNS = 13;
const LONG = 14;
const NONE = 15;

class Writer {
  readonly bytes: number[] = [];

  entryStart(code: number, length: number): void {
    this.bytes.push(0x80 | (code << 3) | (length - 1));
  }

  byte(b: number): void {
    this.bytes.push(b & 0xff);
  }

  varint(val: number): void {
    while (val >= 64) {
      this.bytes.push(0x40 | (val & 0x3f));
      val >>>= 6;
    }
    this.bytes.push(val);
  }

  signedVarint(val: number): void {
    this.varint(val < 0 ? (-val << 1) | 1 : val << 1);
  }
}

/** Encodes the location table of a code object whose first line is `firstlineno`. */
export function encodeLocations(instrs: readonly LocatedInstr[], firstlineno: number): Uint8Array {
  const w = new Writer();
  let prevLineno = firstlineno;
  const entry = (i: LocatedInstr, isize: number) => {
    if (i.lineno < 0) {
      w.entryStart(NONE, isize);
      return;
    }
    const lineDelta = i.lineno - prevLineno;
    const column = i.col;
    const endColumn = i.endCol;
    if (column < 0 || endColumn < 0) {
      if (i.endLineno === i.lineno || i.endLineno === -1) {
        w.entryStart(NO_COLUMNS, isize);
        w.signedVarint(lineDelta);
        prevLineno = i.lineno;
        return;
      }
    } else if (i.endLineno === i.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        w.entryStart(SHORT0 + (column >> 3), isize);
        w.byte(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        w.entryStart(ONE_LINE0 + lineDelta, isize);
        w.byte(column);
        w.byte(endColumn);
        prevLineno = i.lineno;
        return;
      }
    }
    w.entryStart(LONG, isize);
    w.signedVarint(i.lineno - prevLineno);
    w.varint(i.endLineno - i.lineno);
    w.varint(i.col + 1);
    w.varint(i.endCol + 1);
    prevLineno = i.lineno;
  };
  for (const i of instrs) {
    let isize = i.size;
    while (isize > 8) {
      entry(i, 8);
      isize -= 8;
    }
    entry(i, isize);
  }
  return Uint8Array.from(w.bytes);
}

/** The location of one code unit; null fields where the table has none (co_positions). */
export interface Position {
  readonly lineno: number | null;
  readonly endLineno: number | null;
  readonly col: number | null;
  readonly endCol: number | null;
}

/** Decodes a location table into one position per code unit. */
export function decodeLocations(table: Uint8Array, firstlineno: number): Position[] {
  const out: Position[] = [];
  let pos = 0;
  let line = firstlineno;
  const readVarint = () => {
    let b = table[pos++]!;
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = table[pos++]!;
      shift += 6;
      val |= (b & 63) << shift;
    }
    return val;
  };
  const readSigned = () => {
    const u = readVarint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (pos < table.length) {
    const first = table[pos++]!;
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let p: Position;
    if (code === NONE) {
      p = { lineno: null, endLineno: null, col: null, endCol: null };
    } else if (code === LONG) {
      line += readSigned();
      const endLine = line + readVarint();
      const col = readVarint() - 1;
      const endCol = readVarint() - 1;
      p = { lineno: line, endLineno: endLine, col: col < 0 ? null : col, endCol: endCol < 0 ? null : endCol };
    } else if (code === NO_COLUMNS) {
      line += readSigned();
      p = { lineno: line, endLineno: line, col: null, endCol: null };
    } else if (code >= ONE_LINE0) {
      line += code - ONE_LINE0;
      const col = table[pos++]!;
      const endCol = table[pos++]!;
      p = { lineno: line, endLineno: line, col, endCol };
    } else {
      const second = table[pos++]!;
      const col = (code << 3) | (second >> 4);
      p = { lineno: line, endLineno: line, col, endCol: col + (second & 15) };
    }
    for (let k = 0; k < length; k++) out.push(p);
  }
  return out;
}
