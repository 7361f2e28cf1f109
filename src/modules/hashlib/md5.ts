import { Block64Hash } from "./hash.js";

/** MD5's additive constants (RFC 1321, 3.4): floor(2^32 × |sin(i)|) for i = 1..64. */
const T = Array.from({ length: 64 }, (_, i) => Math.floor(2 ** 32 * Math.abs(Math.sin(i + 1))) >>> 0);
/** Per-round left-rotation amounts (RFC 1321, 3.4), four per round. */
const SHIFTS = [
  [7, 12, 17, 22],
  [5, 9, 14, 20],
  [4, 11, 16, 23],
  [6, 10, 15, 21],
];
/** Initial state (RFC 1321, 3.3): words A..D as the bytes 01 23 .. ef and fe dc .. 10, little-endian. */
const H0 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

/** MD5 (RFC 1321). */
export class Md5 extends Block64Hash {
  readonly name = "md5";
  readonly digestSize = 16;
  protected readonly state = Uint32Array.from(H0);
  protected readonly littleEndian = true;
  private readonly x = new Int32Array(16);

  protected clone(): Block64Hash {
    return new Md5();
  }

  protected compress(block: DataView): void {
    const x = this.x;
    for (let i = 0; i < 16; i++) x[i] = block.getInt32(4 * i, true);
    const H = this.state;
    let a = H[0]!,
      b = H[1]!,
      c = H[2]!,
      d = H[3]!;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (round === 1) {
        f = (b & d) | (c & ~d);
        g = (5 * i + 1) & 15;
      } else if (round === 2) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const sum = (a + f + T[i]! + x[g]!) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotl(sum, SHIFTS[round]![i & 3]!)) | 0;
    }
    H[0] = H[0]! + a;
    H[1] = H[1]! + b;
    H[2] = H[2]! + c;
    H[3] = H[3]! + d;
  }
}
