/**
 * SipHash-1-3 (one compression round, three finalization rounds), the string hash of
 * CPython 3.11 (siphash13 in Python/pyhash.c; Aumasson and Bernstein's SipHash with fewer
 * rounds). Each 64-bit lane is kept as two unsigned 32-bit halves in local variables, so no
 * BigInt arithmetic runs in the loop; only the result becomes a BigInt.
 */

/**
 * SipHash-1-3 of the first `length` bytes of data under key (k0, k1), given as
 * [k0lo, k0hi, k1lo, k1hi]. Returns the result as [lo, hi] unsigned 32-bit halves in `out`.
 */
export function siphash13Parts(
  key: readonly [number, number, number, number],
  data: Uint8Array,
  length: number,
  out: Uint32Array,
): void {
  const [k0lo, k0hi, k1lo, k1hi] = key;
  // The constants spell "somepseudorandomlygeneratedbytes".
  let v0l = (k0lo ^ 0x70736575) >>> 0;
  let v0h = (k0hi ^ 0x736f6d65) >>> 0;
  let v1l = (k1lo ^ 0x6e646f6d) >>> 0;
  let v1h = (k1hi ^ 0x646f7261) >>> 0;
  let v2l = (k0lo ^ 0x6e657261) >>> 0;
  let v2h = (k0hi ^ 0x6c796765) >>> 0;
  let v3l = (k1lo ^ 0x79746573) >>> 0;
  let v3h = (k1hi ^ 0x74656462) >>> 0;
  let lo = 0;
  let t = 0;
  const full = length - (length % 8);
  // Blocks: every full 8-byte word, then the last word carrying the tail bytes and the length's
  // low byte in its top byte. Each gets one SipRound; then v2 ^= 0xff and three more rounds.
  for (let i = 0, rounds = 0; ;) {
    let mlo = 0;
    let mhi = 0;
    let last = false;
    if (i < full) {
      mlo = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
      mhi = (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0;
      i += 8;
    } else if (i === full) {
      mhi = (length & 0xff) << 24;
      for (let j = full; j < length; j++) {
        const shift = (j - full) * 8;
        if (shift < 32) mlo |= data[j]! << shift;
        else mhi |= data[j]! << (shift - 32);
      }
      mlo >>>= 0;
      mhi >>>= 0;
      i++;
      last = true;
    } else {
      rounds = 3;
      v2l = (v2l ^ 0xff) >>> 0;
    }
    v3l = (v3l ^ mlo) >>> 0;
    v3h = (v3h ^ mhi) >>> 0;
    for (let r = rounds > 0 ? rounds : 1; r > 0; r--) {
      // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
      lo = v0l + v1l;
      v0h = (v0h + v1h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
      v0l = lo >>> 0;
      t = v1l;
      v1l = (((v1l << 13) | (v1h >>> 19)) ^ v0l) >>> 0;
      v1h = (((v1h << 13) | (t >>> 19)) ^ v0h) >>> 0;
      t = v0l;
      v0l = v0h;
      v0h = t;
      // v2 += v3; v3 = rotl(v3, 16) ^ v2
      lo = v2l + v3l;
      v2h = (v2h + v3h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
      v2l = lo >>> 0;
      t = v3l;
      v3l = (((v3l << 16) | (v3h >>> 16)) ^ v2l) >>> 0;
      v3h = (((v3h << 16) | (t >>> 16)) ^ v2h) >>> 0;
      // v0 += v3; v3 = rotl(v3, 21) ^ v0
      lo = v0l + v3l;
      v0h = (v0h + v3h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
      v0l = lo >>> 0;
      t = v3l;
      v3l = (((v3l << 21) | (v3h >>> 11)) ^ v0l) >>> 0;
      v3h = (((v3h << 21) | (t >>> 11)) ^ v0h) >>> 0;
      // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
      lo = v2l + v1l;
      v2h = (v2h + v1h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
      v2l = lo >>> 0;
      t = v1l;
      v1l = (((v1l << 17) | (v1h >>> 15)) ^ v2l) >>> 0;
      v1h = (((v1h << 17) | (t >>> 15)) ^ v2h) >>> 0;
      t = v2l;
      v2l = v2h;
      v2h = t;
    }
    if (rounds > 0) break;
    v0l = (v0l ^ mlo) >>> 0;
    v0h = (v0h ^ mhi) >>> 0;
    if (last) i = full + 1;
  }
  out[0] = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  out[1] = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
}

const result = new Uint32Array(2);

/** SipHash-1-3 of data under key, as an unsigned 64-bit bigint. */
export function siphash13(key: readonly [number, number, number, number], data: Uint8Array): bigint {
  siphash13Parts(key, data, data.length, result);
  return (BigInt(result[1]!) << 32n) | BigInt(result[0]!);
}
