import { Block64Hash } from "./hash.js";

/** SHA-1's round constants (FIPS 180-4, 4.2.1): floor(2^30 × sqrt(n)) for n = 2, 3, 5, 10. */
const K = [2, 3, 5, 10].map((n) => Math.floor(2 ** 30 * Math.sqrt(n)));
/** SHA-1's initial state (5.3.1): the byte runs 01 23 45 67 89 ab cd ef, reversed, then c3d2e1f0. */
const H0 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

/** SHA-1 (FIPS 180-4, section 6.1). */
export class Sha1 extends Block64Hash {
  readonly name = "sha1";
  readonly digestSize = 20;
  protected readonly state = Uint32Array.from(H0);
  protected readonly littleEndian = false;
  private readonly w = new Int32Array(80);

  protected clone(): Block64Hash {
    return new Sha1();
  }

  protected compress(block: DataView): void {
    const w = this.w;
    for (let t = 0; t < 16; t++) w[t] = block.getInt32(4 * t);
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1);
    const H = this.state;
    let a = H[0]!,
      b = H[1]!,
      c = H[2]!,
      d = H[3]!,
      e = H[4]!;
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = K[0]!;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = K[1]!;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = K[2]!;
      } else {
        f = b ^ c ^ d;
        k = K[3]!;
      }
      const temp = (rotl(a, 5) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    H[0] = H[0]! + a;
    H[1] = H[1]! + b;
    H[2] = H[2]! + c;
    H[3] = H[3]! + d;
    H[4] = H[4]! + e;
  }
}
