import { toPyHash } from "./numeric.js";
import { ZERO_HASH_SECRET, type HashSecret } from "./secret.js";
import { siphash13 } from "./siphash.js";

/**
 * _Py_HashBytes: SipHash-1-3 of the bytes under the secret; the empty input hashes to 0 and a
 * result of -1 becomes -2.
 */
export function hashBytes(b: Uint8Array, secret: HashSecret = ZERO_HASH_SECRET): bigint {
  if (b.length === 0) return 0n;
  return toPyHash(siphash13(secret.words, b));
}

/**
 * hash(s) for a str (unicode_hash): the hash of the string's PEP 393 storage, which uses 1, 2
 * or 4 bytes per code point (little-endian) according to the largest code point: Latin-1,
 * UCS-2 or UCS-4. So hash('é') hashes one byte and hash('\u0100') two. An unpaired surrogate is
 * a code point below 0x10000.
 */
export function hashStr(s: string, secret: HashSecret = ZERO_HASH_SECRET): bigint {
  if (s.length === 0) return 0n;
  return hashBytes(pep393Bytes(s), secret);
}

/** The PEP 393 canonical storage of s: the narrowest of Latin-1, UCS-2 and UCS-4 that fits. */
export function pep393Bytes(s: string): Uint8Array {
  let max = 0;
  let astral = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    // A high surrogate followed by a low one is one astral code point.
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        astral++;
        i++;
        max = 0x10000;
      }
    }
  }
  if (max < 0x100) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  if (max < 0x10000) {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >>> 8;
    }
    return out;
  }
  const out = new Uint8Array((s.length - astral) * 4);
  let j = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out[j] = c & 0xff;
    out[j + 1] = (c >>> 8) & 0xff;
    out[j + 2] = c >>> 16;
    j += 4;
  }
  return out;
}
