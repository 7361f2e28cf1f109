/**
 * Host entropy for random.seed(None), SystemRandom and os.urandom-like needs: the Web Crypto
 * API, which both Node and browsers provide (CPython reads getrandom(2) / /dev/urandom).
 */
export function hostEntropy(n: number): Uint8Array {
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65536 bytes a call.
  for (let i = 0; i < n; i += 65536)
    globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}
