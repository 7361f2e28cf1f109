/** The integer functions of math: factorial, comb, perm, isqrt, gcd, lcm — exact, on BigInt. */

/** The product lo * (lo+1) * ... * (hi-1), split in halves so the multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

export function factorial(n: bigint): bigint {
  return rangeProduct(1n, n + 1n);
}

/** n! / (n-k)!, for 0 <= k <= n. */
export function perm(n: bigint, k: bigint): bigint {
  return rangeProduct(n - k + 1n, n + 1n);
}

/** n choose k, for 0 <= k <= n. */
export function comb(n: bigint, k: bigint): bigint {
  const kk = k < n - k ? k : n - k;
  if (kk <= 64n) {
    // Each partial result is itself a binomial coefficient, so every division is exact.
    let r = 1n;
    for (let i = 0n; i < kk; i++) r = (r * (n - i)) / (i + 1n);
    return r;
  }
  return perm(n, kk) / factorial(kk);
}

/** The integer square root of n >= 0 (largest a with a*a <= n), by Newton's method. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const r = (a / gcd(a, b)) * b;
  return r < 0n ? -r : r;
}
