/**
 * Reading a native integer item (little-endian, 64-bit Linux sizes) out of a buffer: shared by
 * memoryview's struct formats and array.array's typecodes, which store their items alike.
 */

/**
 * The integer of `size` bytes at `at`; 8-byte items come back as a number when they fit in a
 * double exactly (the runtime's small-int representation), else as a bigint.
 */
export function readBufferInt(
  d: DataView,
  at: number,
  size: 1 | 2 | 4 | 8,
  signed: boolean,
): number | bigint {
  switch (size) {
    case 1:
      return signed ? d.getInt8(at) : d.getUint8(at);
    case 2:
      return signed ? d.getInt16(at, true) : d.getUint16(at, true);
    case 4:
      return signed ? d.getInt32(at, true) : d.getUint32(at, true);
    default: {
      const v = signed ? d.getBigInt64(at, true) : d.getBigUint64(at, true);
      return v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v;
    }
  }
}
