import { PyErrorCarrier } from "../../objects/error-carrier.js";
import { sha512 } from "../hashlib/sha512.js";

/** MT19937's degree of recurrence (N) and middle word offset (M). */
const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/**
 * The Mersenne Twister behind Python's random module (Modules/_randommodule.c, after Matsumoto
 * and Nishimura's mt19937ar.c), with CPython's seeding, its 53-bit random(), getrandbits() word
 * order, and the getstate()/setstate() state vector (624 words and the index).
 */
export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private index = N + 1;

  /** init_genrand: fills the state from one 32-bit seed. */
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /**
   * init_by_array: seeds from a key of 32-bit words (random_seed's key, least significant first).
   * random.seed(None) is this with 624 words of OS entropy (random_seed_urandom); the embedder
   * supplies them.
   */
  seedWords(key: ArrayLike<number>): void {
    const mt = this.mt;
    const keyLength = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > keyLength ? N : keyLength; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB set: a non-zero initial state
  }

  /**
   * random.seed(n) for an int (random_seed): the absolute value, split into 32-bit words from
   * the least significant; zero is one zero word.
   */
  seedInt(n: bigint): void {
    let v = n < 0n ? -n : n;
    const words: number[] = [];
    do {
      words.push(Number(v & 0xffffffffn));
      v >>= 32n;
    } while (v > 0n);
    this.seedWords(words);
  }

  /**
   * random.seed(x) for a hashable that is not an int (a float, say): its hash as an unsigned
   * 64-bit integer ((size_t)hash in random_seed).
   */
  seedHash(hash: bigint): void {
    this.seedInt(BigInt.asUintN(64, hash));
  }

  /**
   * random.seed(b) with version 2 for bytes, bytearray, or a str's UTF-8 encoding (Lib/random.py):
   * the int whose big-endian bytes are b followed by SHA-512(b).
   */
  seedBytes(b: Uint8Array): void {
    const all = new Uint8Array(b.length + 64);
    all.set(b);
    all.set(sha512(b), b.length);
    let n = 0n;
    for (const byte of all) n = (n << 8n) | BigInt(byte);
    this.seedInt(n);
  }

  /** genrand_uint32: the next 32-bit output, regenerating the 624 words when they are used up. */
  nextUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y = 0;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    // Tempering.
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): a 53-bit float in [0, 1) from 27 + 26 bits of two outputs (random_random). */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /**
   * getrandbits(k): k random bits. Up to 32 bits come from the top of one output; more are
   * filled 32 bits at a time from the least significant word, the last word keeping its top
   * bits (random_getrandbits).
   */
  getrandbits(k: bigint | number): bigint {
    const bits = typeof k === "bigint" ? k : BigInt(k);
    if (bits < 0n) throw new PyErrorCarrier("ValueError", "number of bits must be non-negative");
    if (bits === 0n) return 0n;
    if (bits <= 32n) return BigInt(this.nextUint32() >>> (32 - Number(bits)));
    let remaining = Number(bits);
    let result = 0n;
    let shift = 0n;
    for (; remaining > 0; remaining -= 32, shift += 32n) {
      let r = this.nextUint32();
      if (remaining < 32) r >>>= 32 - remaining;
      result |= BigInt(r) << shift;
    }
    return result;
  }

  /** getstate(): the 624 state words followed by the index (random_getstate). */
  getState(): bigint[] {
    const state = Array.from(this.mt, (w) => BigInt(w));
    state.push(BigInt(this.index));
    return state;
  }

  /**
   * setstate(state) for the 625-element state tuple (random_setstate): each word is converted
   * as a C unsigned long and truncated to 32 bits; the index must be in 0..624.
   */
  setState(state: readonly bigint[]): void {
    if (state.length !== N + 1) throw new PyErrorCarrier("ValueError", "state vector is the wrong size");
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const w = state[i]!;
      if (w < 0n) throw new PyErrorCarrier("OverflowError", "can't convert negative value to unsigned int");
      if (w > 0xffffffffffffffffn) {
        throw new PyErrorCarrier("OverflowError", "Python int too large to convert to C unsigned long");
      }
      words[i] = Number(w & 0xffffffffn);
    }
    const index = state[N]!;
    if (index < -(2n ** 63n) || index > 2n ** 63n - 1n) {
      throw new PyErrorCarrier("OverflowError", "Python int too large to convert to C long");
    }
    if (index < 0n || index > BigInt(N)) throw new PyErrorCarrier("ValueError", "invalid state");
    this.mt.set(words);
    this.index = Number(index);
  }
}
