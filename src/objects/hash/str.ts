import { toPyHash } from "./numeric.js";
import { ZERO_HASH_SECRET, type HashSecret } from "./secret.js";
import { siphash13Parts } from "./siphash.js";

const parts = new Uint32Array(2);

function finish(): bigint {
  return toPyHash((BigInt(parts[1]!) << 32n) | BigInt(parts[0]!));
}

/**
 * _Py_HashBytes: SipHash-1-3 of the bytes under the secret; the empty input hashes to 0 and a
 * result of -1 becomes -2.
 */
export function hashBytes(b: Uint8Array, secret: HashSecret = ZERO_HASH_SECRET): bigint {
  if (b.length === 0) return 0n;
  siphash13Parts(secret.words, b, b.length, parts);
  return finish();
}

/** Reused buffer for a string's storage bytes while it is hashed. */
let scratch = new Uint8Array(256);

/**
 * hash(s) for a str (unicode_hash): the hash of the string's PEP 393 storage, which uses 1, 2
 * or 4 bytes per code point (little-endian) according to the largest code point: Latin-1,
 * UCS-2 or UCS-4. So hash('é') hashes one byte and hash('\u0100') two. An unpaired surrogate is
 * a code point below 0x10000.
 */
export function hashStr(s: string, secret: HashSecret = ZERO_HASH_SECRET): bigint {
  if (s.length === 0) return 0n;
  const length = encodePep393(s, (n) => {
    if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
    return scratch;
  });
  siphash13Parts(secret.words, scratch, length, parts);
  return finish();
}

/** The PEP 393 canonical storage of s: the narrowest of Latin-1, UCS-2 and UCS-4 that fits. */
export function pep393Bytes(s: string): Uint8Array {
  let out = new Uint8Array(0);
  const length = encodePep393(s, (n) => (out = new Uint8Array(n)));
  return out.subarray(0, length);
}

/** Writes s's PEP 393 storage into a buffer of at least n bytes from `buffer(n)`; returns its length. */
function encodePep393(s: string, buffer: (n: number) => Uint8Array): number {
  let max = 0;
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    // A high surrogate followed by a low one is one astral code point.
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        pairs++;
        i++;
        max = 0x10000;
      }
    }
  }
  if (max < 0x100) {
    const out = buffer(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return s.length;
  }
  if (max < 0x10000) {
    const out = buffer(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >>> 8;
    }
    return s.length * 2;
  }
  const out = buffer((s.length - pairs) * 4);
  let j = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out[j] = c & 0xff;
    out[j + 1] = (c >>> 8) & 0xff;
    out[j + 2] = c >>> 16;
    out[j + 3] = 0;
    j += 4;
  }
  return j;
}
