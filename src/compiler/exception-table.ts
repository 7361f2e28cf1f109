/**
 * The 3.11 exception table (co_exceptiontable): for each range of code units, the handler to
 * jump to, the stack depth to unwind to, and whether to push the offset of the raising
 * instruction (lasti). Each number is a big-endian varint of 6-bit groups, the first byte of an
 * entry flagged with bit 7. Follows assemble_emit_exception_table_item in Python/compile.c and
 * Objects/exception_handling_notes.txt; offsets are in code units.
 */

export interface ExceptionTableEntry {
  /** First code unit covered. */
  readonly start: number;
  /** One past the last code unit covered. */
  readonly end: number;
  /** Code unit of the handler. */
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

function emitItem(out: number[], value: number, msb: number): void {
  if (value >= 1 << 24) {
    out.push((value >> 24) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 18) {
    out.push(((value >> 18) & 0x3f) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 12) {
    out.push(((value >> 12) & 0x3f) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 6) {
    out.push(((value >> 6) & 0x3f) | 64 | msb);
    msb = 0;
  }
  out.push((value & 0x3f) | msb);
}

export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    emitItem(out, e.start, 0x80);
    emitItem(out, e.end - e.start, 0);
    emitItem(out, e.target, 0);
    emitItem(out, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return Uint8Array.from(out);
}

/** Reads a table back (dis's _parse_exception_table, in code units rather than bytes). */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let pos = 0;
  const varint = () => {
    let b = table[pos++]!;
    let val = b & 63;
    while (b & 64) {
      val <<= 6;
      b = table[pos++]!;
      val |= b & 63;
    }
    return val;
  };
  while (pos < table.length) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    entries.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return entries;
}
