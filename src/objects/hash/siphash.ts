/**
 * SipHash-1-3 (one compression round, three finalization rounds), the string hash of
 * CPython 3.11 (siphash13 in Python/pyhash.c; Aumasson and Bernstein's SipHash with fewer
 * rounds). Each 64-bit lane is kept as two unsigned 32-bit halves so no BigInt arithmetic runs
 * in the loop; only the result becomes a BigInt.
 */

// State: v0..v3 as [lo, hi] pairs in one typed array: v0 = s[0], s[1]; v1 = s[2], s[3]; ...
const s = new Uint32Array(8);

function add(a: number, b: number): void {
  const lo = s[a]! + s[b]!;
  s[a + 1] = (s[a + 1]! + s[b + 1]! + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  s[a] = lo >>> 0;
}

function rotl(a: number, n: number): void {
  const lo = s[a]!;
  const hi = s[a + 1]!;
  if (n === 32) {
    s[a] = hi;
    s[a + 1] = lo;
  } else if (n < 32) {
    s[a] = ((lo << n) | (hi >>> (32 - n))) >>> 0;
    s[a + 1] = ((hi << n) | (lo >>> (32 - n))) >>> 0;
  } else {
    const m = n - 32;
    s[a] = ((hi << m) | (lo >>> (32 - m))) >>> 0;
    s[a + 1] = ((lo << m) | (hi >>> (32 - m))) >>> 0;
  }
}

function xor(a: number, b: number): void {
  s[a] = (s[a]! ^ s[b]!) >>> 0;
  s[a + 1] = (s[a + 1]! ^ s[b + 1]!) >>> 0;
}

const V0 = 0;
const V1 = 2;
const V2 = 4;
const V3 = 6;

/** One SipRound over v0..v3. */
function sipRound(): void {
  add(V0, V1);
  rotl(V1, 13);
  xor(V1, V0);
  rotl(V0, 32);
  add(V2, V3);
  rotl(V3, 16);
  xor(V3, V2);
  add(V0, V3);
  rotl(V3, 21);
  xor(V3, V0);
  add(V2, V1);
  rotl(V1, 17);
  xor(V1, V2);
  rotl(V2, 32);
}

/** SipHash-1-3 of data under key (k0, k1) given as [k0lo, k0hi, k1lo, k1hi]; unsigned 64-bit. */
export function siphash13(key: readonly [number, number, number, number], data: Uint8Array): bigint {
  const [k0lo, k0hi, k1lo, k1hi] = key;
  // "somepseudorandomlygeneratedbytes"
  s[0] = (k0lo ^ 0x70736575) >>> 0;
  s[1] = (k0hi ^ 0x736f6d65) >>> 0;
  s[2] = (k1lo ^ 0x6e646f6d) >>> 0;
  s[3] = (k1hi ^ 0x646f7261) >>> 0;
  s[4] = (k0lo ^ 0x6e657261) >>> 0;
  s[5] = (k0hi ^ 0x6c796765) >>> 0;
  s[6] = (k1lo ^ 0x79746573) >>> 0;
  s[7] = (k1hi ^ 0x74656462) >>> 0;
  const n = data.length;
  const full = n - (n % 8);
  let mlo = 0;
  let mhi = 0;
  for (let i = 0; i < full; i += 8) {
    mlo = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
    mhi = (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0;
    s[6] = (s[6]! ^ mlo) >>> 0;
    s[7] = (s[7]! ^ mhi) >>> 0;
    sipRound();
    s[0] = (s[0]! ^ mlo) >>> 0;
    s[1] = (s[1]! ^ mhi) >>> 0;
  }
  // Last block: the remaining bytes, with the length's low byte in the top byte.
  mlo = 0;
  mhi = ((n & 0xff) << 24) >>> 0;
  for (let i = full; i < n; i++) {
    const shift = (i - full) * 8;
    if (shift < 32) mlo = (mlo | (data[i]! << shift)) >>> 0;
    else mhi = (mhi | (data[i]! << (shift - 32))) >>> 0;
  }
  s[6] = (s[6]! ^ mlo) >>> 0;
  s[7] = (s[7]! ^ mhi) >>> 0;
  sipRound();
  s[0] = (s[0]! ^ mlo) >>> 0;
  s[1] = (s[1]! ^ mhi) >>> 0;
  s[4] = (s[4]! ^ 0xff) >>> 0;
  sipRound();
  sipRound();
  sipRound();
  const lo = (s[0]! ^ s[2]! ^ s[4]! ^ s[6]!) >>> 0;
  const hi = (s[1]! ^ s[3]! ^ s[5]! ^ s[7]!) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}
