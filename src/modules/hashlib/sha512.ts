import { fractionalRootBits, toHalves } from "./constants.js";
import type { HashAlgorithm } from "./hash.js";

/**
 * SHA-512 (FIPS 180-4, section 6.4). Each 64-bit word is a pair of 32-bit halves so that the
 * rounds use only 32-bit integer operations.
 */

/** Round constants K0..K79: cube roots of the first 80 primes. As [hi, lo] pairs. */
const K = toHalves(fractionalRootBits(80, 3n, 64n));
/** Initial hash value H(0): square roots of the first 8 primes. As [hi, lo] pairs. */
const H0 = toHalves(fractionalRootBits(8, 2n, 64n));
/** SHA-384's H(0): square roots of the 9th to 16th primes (FIPS 180-4, 5.3.4). */
const H0_384 = toHalves(fractionalRootBits(16, 2n, 64n).slice(8));

// Rotations and shifts of the 64-bit value (hi, lo), returning one half.
const rotrHi = (hi: number, lo: number, n: number): number =>
  n < 32 ? (hi >>> n) | (lo << (32 - n)) : (lo >>> (n - 32)) | (hi << (64 - n));
const rotrLo = (hi: number, lo: number, n: number): number =>
  n < 32 ? (lo >>> n) | (hi << (32 - n)) : (hi >>> (n - 32)) | (lo << (64 - n));
const shrHi = (hi: number, n: number): number => hi >>> n;
const shrLo = (hi: number, lo: number, n: number): number => (lo >>> n) | (hi << (32 - n));

/** An incremental SHA-512: update() any number of times, digest() at any point. */
export class Sha512 implements HashAlgorithm {
  readonly blockSize = 128;
  private readonly h: Int32Array;

  /** SHA-384 is this with its own initial value and the digest cut to 48 bytes (FIPS 180-4, 6.5). */
  constructor(
    readonly name: string = "sha512",
    readonly digestSize: number = 64,
    private readonly iv: Int32Array = H0,
  ) {
    this.h = Int32Array.from(iv);
  }
  private readonly w = new Int32Array(160);
  private readonly block = new Uint8Array(128);
  private blockLength = 0;
  private totalBytes = 0;

  update(data: Uint8Array): this {
    let i = 0;
    while (i < data.length) {
      const take = Math.min(128 - this.blockLength, data.length - i);
      this.block.set(data.subarray(i, i + take), this.blockLength);
      this.blockLength += take;
      i += take;
      if (this.blockLength === 128) {
        this.compress(this.block);
        this.blockLength = 0;
      }
    }
    this.totalBytes += data.length;
    return this;
  }

  copy(): Sha512 {
    const c = new Sha512(this.name, this.digestSize, this.iv);
    c.h.set(this.h);
    c.block.set(this.block);
    c.blockLength = this.blockLength;
    c.totalBytes = this.totalBytes;
    return c;
  }

  /** The 64-byte digest of everything so far (computed on a copy, so updating may go on). */
  digest(): Uint8Array {
    return this.copy().finish();
  }

  private finish(): Uint8Array {
    // Padding: 0x80, zeros, then the message length in bits as a 128-bit big-endian number.
    const bits = this.totalBytes * 8;
    const padLength = (this.blockLength < 112 ? 112 : 240) - this.blockLength;
    const pad = new Uint8Array(padLength + 16);
    pad[0] = 0x80;
    const view = new DataView(pad.buffer);
    view.setUint32(padLength + 8, Math.floor(bits / 2 ** 32));
    view.setUint32(padLength + 12, bits >>> 0);
    const total = this.totalBytes;
    this.update(pad);
    this.totalBytes = total;
    const out = new Uint8Array(64);
    const outView = new DataView(out.buffer);
    for (let i = 0; i < 16; i++) outView.setInt32(4 * i, this.h[i]!);
    return out.subarray(0, this.digestSize);
  }

  private compress(block: Uint8Array): void {
    const w = this.w;
    const view = new DataView(block.buffer, block.byteOffset, 128);
    for (let t = 0; t < 32; t++) w[t] = view.getInt32(4 * t);
    for (let t = 16; t < 80; t++) {
      // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]
      const h2 = w[2 * (t - 2)]!;
      const l2 = w[2 * (t - 2) + 1]!;
      const h15 = w[2 * (t - 15)]!;
      const l15 = w[2 * (t - 15) + 1]!;
      const s1h = rotrHi(h2, l2, 19) ^ rotrHi(h2, l2, 61) ^ shrHi(h2, 6);
      const s1l = rotrLo(h2, l2, 19) ^ rotrLo(h2, l2, 61) ^ shrLo(h2, l2, 6);
      const s0h = rotrHi(h15, l15, 1) ^ rotrHi(h15, l15, 8) ^ shrHi(h15, 7);
      const s0l = rotrLo(h15, l15, 1) ^ rotrLo(h15, l15, 8) ^ shrLo(h15, l15, 7);
      const lo = (s1l >>> 0) + (w[2 * (t - 7) + 1]! >>> 0) + (s0l >>> 0) + (w[2 * (t - 16) + 1]! >>> 0);
      w[2 * t] = s1h + w[2 * (t - 7)]! + s0h + w[2 * (t - 16)]! + Math.floor(lo / 4294967296);
      w[2 * t + 1] = lo;
    }
    const H = this.h;
    let ah = H[0]!,
      al = H[1]!,
      bh = H[2]!,
      bl = H[3]!,
      ch = H[4]!,
      cl = H[5]!,
      dh = H[6]!,
      dl = H[7]!;
    let eh = H[8]!,
      el = H[9]!,
      fh = H[10]!,
      fl = H[11]!,
      gh = H[12]!,
      gl = H[13]!,
      hh = H[14]!,
      hl = H[15]!;
    for (let t = 0; t < 80; t++) {
      // T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t]
      const S1h = rotrHi(eh, el, 14) ^ rotrHi(eh, el, 18) ^ rotrHi(eh, el, 41);
      const S1l = rotrLo(eh, el, 14) ^ rotrLo(eh, el, 18) ^ rotrLo(eh, el, 41);
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K[2 * t + 1]! >>> 0) + (w[2 * t + 1]! >>> 0);
      const t1h = hh + S1h + chh + K[2 * t]! + w[2 * t]! + Math.floor(t1l / 4294967296);
      // T2 = Σ0(a) + Maj(a, b, c)
      const S0h = rotrHi(ah, al, 28) ^ rotrHi(ah, al, 34) ^ rotrHi(ah, al, 39);
      const S0l = rotrLo(ah, al, 28) ^ rotrLo(ah, al, 34) ^ rotrLo(ah, al, 39);
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l >>> 0) + (mjl >>> 0);
      const t2h = S0h + mjh + Math.floor(t2l / 4294967296);
      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      const el2 = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(el2 / 4294967296)) | 0;
      el = el2 | 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(al2 / 4294967296)) | 0;
      al = al2 | 0;
    }
    const add = (i: number, hi: number, lo: number): void => {
      const sum = (H[i + 1]! >>> 0) + (lo >>> 0);
      H[i] = H[i]! + hi + Math.floor(sum / 4294967296);
      H[i + 1] = sum;
    };
    add(0, ah, al);
    add(2, bh, bl);
    add(4, ch, cl);
    add(6, dh, dl);
    add(8, eh, el);
    add(10, fh, fl);
    add(12, gh, gl);
    add(14, hh, hl);
  }
}

/** SHA-512 of data in one call. */
export function sha512(data: Uint8Array): Uint8Array {
  return new Sha512().update(data).digest();
}

export function sha384(): Sha512 {
  return new Sha512("sha384", 48, H0_384);
}
