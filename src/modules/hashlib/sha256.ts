import { fractionalRootBits } from "./constants.js";
import { Block64Hash } from "./hash.js";

/** SHA-256 constants (FIPS 180-4, 4.2.2 and 5.3.3): cube and square roots of the first primes. */
const K = Uint32Array.from(fractionalRootBits(64, 3n, 32n), Number);
const H0 = Uint32Array.from(fractionalRootBits(8, 2n, 32n), Number);

/** SHA-224's initial value: the low 32 bits of SHA-384's (primes 9 to 16; FIPS 180-4, 5.3.2). */
const H0_224 = Uint32Array.from(fractionalRootBits(16, 2n, 64n).slice(8), (v) => Number(v & 0xffffffffn));

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** SHA-256 (FIPS 180-4, section 6.2). */
export class Sha256 extends Block64Hash {
  protected readonly state: Uint32Array;
  protected readonly littleEndian = false;
  private readonly w = new Uint32Array(64);

  /** SHA-224 is this with its own initial value and the digest cut to 28 bytes (FIPS 180-4, 6.3). */
  constructor(
    readonly name: string = "sha256",
    readonly digestSize: number = 32,
    private readonly iv: Uint32Array = H0,
  ) {
    super();
    this.state = Uint32Array.from(iv);
  }

  protected clone(): Block64Hash {
    return new Sha256(this.name, this.digestSize, this.iv);
  }

  protected compress(block: DataView): void {
    const w = this.w;
    for (let t = 0; t < 16; t++) w[t] = block.getUint32(4 * t);
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[t] = w[t - 16]! + s0 + w[t - 7]! + s1;
    }
    const H = this.state;
    let a = H[0]!,
      b = H[1]!,
      c = H[2]!,
      d = H[3]!,
      e = H[4]!,
      f = H[5]!,
      g = H[6]!,
      h = H[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[t]! + w[t]!) | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H[0] = H[0]! + a;
    H[1] = H[1]! + b;
    H[2] = H[2]! + c;
    H[3] = H[3]! + d;
    H[4] = H[4]! + e;
    H[5] = H[5]! + f;
    H[6] = H[6]! + g;
    H[7] = H[7]! + h;
  }
}

export function sha224(): Sha256 {
  return new Sha256("sha224", 28, H0_224);
}
