/**
 * The pure conversions of Modules/binascii.c: hex, base64 (with the strict mode's checks) and the
 * CRC-32 and CRC-CCITT checksums. Errors come back as BinasciiFailure for the module to raise as
 * binascii.Error.
 */

export class BinasciiFailure extends Error {
  constructor(readonly pyMessage: string) {
    super(pyMessage);
    this.name = "BinasciiFailure";
  }
}

const HEX = "0123456789abcdef";

/** binascii.hexlify with an optional one-byte separator every |perSep| bytes, counted from the
 * right when perSep > 0 and from the left when it is negative (as bytes.hex does). */
export function hexlify(data: Uint8Array, sep: number | undefined, perSep: number): Uint8Array {
  const digits: number[] = [];
  const n = data.length;
  const every = Math.abs(perSep);
  for (let i = 0; i < n; i++) {
    if (sep !== undefined && every > 0 && i > 0) {
      const boundary = perSep > 0 ? (n - i) % every === 0 : i % every === 0;
      if (boundary) digits.push(sep);
    }
    const b = data[i]!;
    digits.push(HEX.charCodeAt(b >> 4), HEX.charCodeAt(b & 15));
  }
  return Uint8Array.from(digits);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

export function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) throw new BinasciiFailure("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(data[2 * i]!);
    const lo = hexValue(data[2 * i + 1]!);
    if (hi < 0 || lo < 0) throw new BinasciiFailure("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;
const PAD = 0x3d;

export function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  for (; i + 3 <= data.length; i += 3) {
    const v = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    out.push(
      B64.charCodeAt(v >> 18),
      B64.charCodeAt((v >> 12) & 63),
      B64.charCodeAt((v >> 6) & 63),
      B64.charCodeAt(v & 63),
    );
  }
  const rest = data.length - i;
  if (rest === 1) {
    const v = data[i]! << 16;
    out.push(B64.charCodeAt(v >> 18), B64.charCodeAt((v >> 12) & 63), PAD, PAD);
  } else if (rest === 2) {
    const v = (data[i]! << 16) | (data[i + 1]! << 8);
    out.push(B64.charCodeAt(v >> 18), B64.charCodeAt((v >> 12) & 63), B64.charCodeAt((v >> 6) & 63), PAD);
  }
  if (newline) out.push(0x0a);
  return Uint8Array.from(out);
}

/**
 * binascii_a2b_base64_impl: characters outside the alphabet are skipped (an error in strict
 * mode); a complete pad sequence ends the data; an incomplete final quad is an error.
 */
export function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    if (ch === PAD) {
      paddingStarted = true;
      if (strict && i === 0) throw new BinasciiFailure("Leading padding not allowed");
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw new BinasciiFailure("Excess data after padding");
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_VALUE[ch]!;
    if (v < 0) {
      if (strict) throw new BinasciiFailure("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw new BinasciiFailure("Discontinuous padding not allowed");
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        left = v;
        break;
      case 1:
        quadPos = 2;
        out.push(((left << 2) | (v >> 4)) & 0xff);
        left = v & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out.push(((left << 4) | (v >> 2)) & 0xff);
        left = v & 0x03;
        break;
      default:
        quadPos = 0;
        out.push(((left << 6) | v) & 0xff);
        left = 0;
    }
  }
  if (quadPos === 1)
    throw new BinasciiFailure(
      `Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`,
    );
  if (quadPos !== 0) throw new BinasciiFailure("Incorrect padding");
  return Uint8Array.from(out);
}

const CRC32_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** zlib's CRC-32 (reflected polynomial 0xEDB88320), continuing from `crc`. */
export function crc32(data: Uint8Array, crc: number): number {
  let c = ~crc >>> 0;
  for (const b of data) c = CRC32_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** CRC-CCITT (polynomial 0x1021, no reflection) as binascii.crc_hqx computes it. */
export function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (const b of data) {
    c ^= b << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}
