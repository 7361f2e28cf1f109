/**
 * The hash secret that keys SipHash for str and bytes (_Py_HashSecret in Python/pyhash.c,
 * initialised by _Py_HashRandomization_Init in Python/bootstrap_hash.c). Only the first 16 of its
 * 24 bytes are SipHash's keys k0 and k1 (read little-endian).
 */
export interface HashSecret {
  /** k0 and k1 as 32-bit halves, low half first: [k0lo, k0hi, k1lo, k1hi]. */
  readonly words: readonly [number, number, number, number];
}

/** Builds a secret from at least 16 key bytes (e.g. 24 random bytes). */
export function hashSecretFromBytes(bytes: Uint8Array): HashSecret {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    words: [
      view.getUint32(0, true),
      view.getUint32(4, true),
      view.getUint32(8, true),
      view.getUint32(12, true),
    ],
  };
}

/**
 * The secret for PYTHONHASHSEED=seed (0 <= seed <= 4294967295). Seed 0 disables randomisation:
 * an all-zero key. Any other seed fills the 24 bytes from a linear congruential generator
 * (lcg_urandom: x = x * 214013 + 2531011 mod 2^32, byte = (x >> 16) & 0xff).
 */
export function hashSecretFromSeed(seed: number): HashSecret {
  const bytes = new Uint8Array(24);
  if (seed !== 0) {
    let x = seed >>> 0;
    for (let i = 0; i < bytes.length; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      bytes[i] = (x >>> 16) & 0xff;
    }
  }
  return hashSecretFromBytes(bytes);
}

export const ZERO_HASH_SECRET: HashSecret = hashSecretFromSeed(0);
