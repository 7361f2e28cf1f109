/**
 * CPython 3.11's list sort (listsort in Objects/listobject.c, described in
 * Objects/listsort.txt), reproduced step for step so that a Python __lt__ sees exactly the
 * calls, in exactly the order, that CPython makes: the same minrun, run detection (strictly
 * descending runs reversed), binary insertion, powersort merge order, galloping with min_gallop
 * adaptation, merge_lo / merge_hi, and the same partial permutation when a comparison raises.
 *
 * The algorithm is written once, as generator functions: every comparison is
 * `yield* lt(a, b)`, so a comparison that runs Python code can suspend the whole sort.
 * The synchronous fast path (sortSync) is produced from this file by
 * scripts/fixtures/gen-timsort-sync.mjs, which drops the generator machinery; see
 * docs in that script for why.
 */

/** A "less than" that may suspend: yields Y to its driver, resumed with R. */
export type LessThan<K, Y, R> = (a: K, b: K) => Generator<Y, boolean, R>;

/** MIN_GALLOP: galloping mode starts after this many consecutive wins. */
const MIN_GALLOP = 7;

interface Run {
  base: number;
  len: number;
  /** Node level in the powersort merge tree. */
  power: number;
}

/**
 * The MergeState: the keys being sorted, the values moved in lockstep (null when the keys are
 * the values), the pending-runs stack and the temp arrays for merges.
 */
class MergeState<K, V, Y, R> {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  tempKeys: K[] = [];
  tempValues: V[] = [];
  constructor(
    readonly keys: K[],
    readonly values: V[] | null,
    readonly lt: LessThan<K, Y, R>,
  ) {}
}

/** merge_compute_minrun: n itself when n < 64, else a value in [32, 64] dividing n into near powers of 2. */
export function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function reverseRange<T>(a: T[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo]!;
    a[lo] = a[hi]!;
    a[hi] = t;
  }
}

/**
 * Sorts keys (and values in lockstep, if given) in place with CPython's algorithm. A comparison
 * that throws leaves the arrays as some permutation of the input, the same one CPython leaves.
 */
export function* sortGen<K, V, Y, R>(
  keys: K[],
  values: V[] | null,
  lt: LessThan<K, Y, R>,
): Generator<Y, void, R> {
  const n = keys.length;
  if (n < 2) return;
  const ms = new MergeState<K, V, Y, R>(keys, values, lt);
  const minrun = computeMinrun(n);
  let lo = 0;
  let remaining = n;
  do {
    // Identify the next run; a strictly descending one is reversed in place.
    const [count, descending] = yield* countRun(ms, lo, lo + remaining);
    let runLen = count;
    if (descending) {
      reverseRange(keys, lo, lo + runLen);
      if (values) reverseRange(values, lo, lo + runLen);
    }
    // Extend a short run to min(minrun, remaining) with binary insertion.
    if (runLen < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      yield* binarySort(ms, lo, lo + force, lo + runLen);
      runLen = force;
    }
    yield* foundNewRun(ms, runLen, n);
    ms.pending.push({ base: lo, len: runLen, power: 0 });
    lo += runLen;
    remaining -= runLen;
  } while (remaining > 0);
  yield* mergeForceCollapse(ms);
}

/**
 * count_run (3.11): length of the run starting at lo, and whether it is strictly descending.
 * Compares keys[i] < keys[i-1] for each next element.
 */
function* countRun<K, V, Y, R>(
  ms: MergeState<K, V, Y, R>,
  lo: number,
  hi: number,
): Generator<Y, [number, boolean], R> {
  const a = ms.keys;
  if (lo + 1 === hi) return [1, false];
  let n = 2;
  let i = lo + 1;
  if (yield* ms.lt(a[i]!, a[i - 1]!)) {
    for (i++; i < hi; i++, n++) {
      if (!(yield* ms.lt(a[i]!, a[i - 1]!))) break;
    }
    return [n, true];
  }
  for (i++; i < hi; i++, n++) {
    if (yield* ms.lt(a[i]!, a[i - 1]!)) break;
  }
  return [n, false];
}

/**
 * binarysort: a[lo:start] is sorted; insert each of a[start:hi] by binary search, after any equal
 * elements (stability). Compares pivot < a[p].
 */
function* binarySort<K, V, Y, R>(
  ms: MergeState<K, V, Y, R>,
  lo: number,
  hi: number,
  start: number,
): Generator<Y, void, R> {
  const a = ms.keys;
  const v = ms.values;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = a[start]!;
    // Invariants: pivot >= all in [lo, l), pivot < all in [r, start).
    do {
      const p = l + ((r - l) >> 1);
      if (yield* ms.lt(pivot, a[p]!)) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) a[p] = a[p - 1]!;
    a[l] = pivot;
    if (v) {
      const vp = v[start]!;
      for (let p = start; p > l; p--) v[p] = v[p - 1]!;
      v[l] = vp;
    }
  }
}

/**
 * gallop_left: the k in [0, n] with a[base+k-1] < key <= a[base+k], searching from hint by
 * exponential then binary search. Compares a[x] < key.
 */
function* gallopLeft<K, Y, R>(
  lt: LessThan<K, Y, R>,
  key: K,
  a: K[],
  base: number,
  n: number,
  hint: number,
): Generator<Y, number, R> {
  let lastofs = 0;
  let ofs = 1;
  if (yield* lt(a[base + hint]!, key)) {
    // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (yield* lt(a[base + hint + ofs]!, key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (yield* lt(a[base + hint - ofs]!, key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  // a[lastofs] < key <= a[ofs]: binary search in between.
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (yield* lt(a[base + m]!, key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/**
 * gallop_right: like gallopLeft but lands after any elements equal to key:
 * a[base+k-1] <= key < a[base+k]. Compares key < a[x].
 */
function* gallopRight<K, Y, R>(
  lt: LessThan<K, Y, R>,
  key: K,
  a: K[],
  base: number,
  n: number,
  hint: number,
): Generator<Y, number, R> {
  let lastofs = 0;
  let ofs = 1;
  if (yield* lt(key, a[base + hint]!)) {
    // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (yield* lt(key, a[base + hint - ofs]!)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (yield* lt(key, a[base + hint + ofs]!)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (yield* lt(key, a[base + m]!)) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Copies n entries (keys and values) between arrays; overlapping ranges are handled. */
function move<T>(dst: T[], di: number, src: T[], si: number, n: number): void {
  if (dst === src && di > si) {
    for (let i = n - 1; i >= 0; i--) dst[di + i] = src[si + i]!;
  } else {
    for (let i = 0; i < n; i++) dst[di + i] = src[si + i]!;
  }
}

/**
 * merge_lo: merges the na-run at pa with the nb-run at pb = pa + na, na <= nb, copying run A to
 * the temp area and filling from the left. On return (normal or thrown) every element is
 * back in the arrays, as CPython's Succeed/Fail path guarantees.
 */
function* mergeLo<K, V, Y, R>(
  ms: MergeState<K, V, Y, R>,
  pa: number,
  na: number,
  pb: number,
  nb: number,
): Generator<Y, void, R> {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  const tk = ms.tempKeys;
  const tv = ms.tempValues;
  move(tk, 0, keys, pa, na);
  if (values) move(tv, 0, values, pa, na);
  let dest = pa;
  let a = 0; // index into the temp copy of A
  let b = pb;
  const copyB = (): void => {
    // na == 1: the last element of A belongs at the end of the merge.
    move(keys, dest, keys, b, nb);
    keys[dest + nb] = tk[a]!;
    if (values) {
      move(values, dest, values, b, nb);
      values[dest + nb] = tv[a]!;
    }
  };
  const take = (fromB: boolean): void => {
    if (fromB) {
      keys[dest] = keys[b]!;
      if (values) values[dest] = values[b]!;
      b++;
    } else {
      keys[dest] = tk[a]!;
      if (values) values[dest] = tv[a]!;
      a++;
    }
    dest++;
  };
  let finished = false;
  try {
    take(true);
    nb--;
    if (nb === 0) return;
    if (na === 1) {
      copyB();
      finished = true;
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      // Straightforward merging until one run wins min_gallop times in a row.
      for (;;) {
        if (yield* lt(keys[b]!, tk[a]!)) {
          take(true);
          bcount++;
          acount = 0;
          nb--;
          if (nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          take(false);
          acount++;
          bcount = 0;
          na--;
          if (na === 1) {
            copyB();
            finished = true;
            return;
          }
          if (acount >= minGallop) break;
        }
      }
      // Galloping mode, until neither run wins MIN_GALLOP at a time.
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = yield* gallopRight(lt, keys[b]!, tk, a, na, 0);
        acount = k;
        if (k) {
          move(keys, dest, tk, a, k);
          if (values) move(values, dest, tv, a, k);
          dest += k;
          a += k;
          na -= k;
          if (na === 1) {
            copyB();
            finished = true;
            return;
          }
          // na == 0 only if the comparison is inconsistent.
          if (na === 0) return;
        }
        take(true);
        nb--;
        if (nb === 0) return;
        k = yield* gallopLeft(lt, tk[a]!, keys, b, nb, 0);
        bcount = k;
        if (k) {
          move(keys, dest, keys, b, k);
          if (values) move(values, dest, values, b, k);
          dest += k;
          b += k;
          nb -= k;
          if (nb === 0) return;
        }
        take(false);
        na--;
        if (na === 1) {
          copyB();
          finished = true;
          return;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++; // penalise leaving galloping mode
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed and Fail: whatever is left of A goes back at dest.
    if (!finished && na) {
      move(keys, dest, tk, a, na);
      if (values) move(values, dest, tv, a, na);
    }
  }
}

/**
 * merge_hi: like mergeLo for na > nb, copying run B to the temp area and filling from the right.
 */
function* mergeHi<K, V, Y, R>(
  ms: MergeState<K, V, Y, R>,
  pa: number,
  na: number,
  pb: number,
  nb: number,
): Generator<Y, void, R> {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  const tk = ms.tempKeys;
  const tv = ms.tempValues;
  move(tk, 0, keys, pb, nb);
  if (values) move(tv, 0, values, pb, nb);
  let dest = pb + nb - 1;
  let a = pa + na - 1; // last element of A, in the arrays
  let b = nb - 1; // last element of B, in temp
  const copyA = (): void => {
    // nb == 1: the first element of B belongs at the front of the merge.
    move(keys, dest + 1 - na, keys, a + 1 - na, na);
    if (values) move(values, dest + 1 - na, values, a + 1 - na, na);
    dest -= na;
    a -= na;
    keys[dest] = tk[b]!;
    if (values) values[dest] = tv[b]!;
  };
  const take = (fromA: boolean): void => {
    if (fromA) {
      keys[dest] = keys[a]!;
      if (values) values[dest] = values[a]!;
      a--;
    } else {
      keys[dest] = tk[b]!;
      if (values) values[dest] = tv[b]!;
      b--;
    }
    dest--;
  };
  let finished = false;
  try {
    take(true);
    na--;
    if (na === 0) return;
    if (nb === 1) {
      copyA();
      finished = true;
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (yield* lt(tk[b]!, keys[a]!)) {
          take(true);
          acount++;
          bcount = 0;
          na--;
          if (na === 0) return;
          if (acount >= minGallop) break;
        } else {
          take(false);
          bcount++;
          acount = 0;
          nb--;
          if (nb === 1) {
            copyA();
            finished = true;
            return;
          }
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = yield* gallopRight(lt, tk[b]!, keys, pa, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          a -= k;
          move(keys, dest + 1, keys, a + 1, k);
          if (values) move(values, dest + 1, values, a + 1, k);
          na -= k;
          if (na === 0) return;
        }
        take(false);
        nb--;
        if (nb === 1) {
          copyA();
          finished = true;
          return;
        }
        k = yield* gallopLeft(lt, keys[a]!, tk, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          b -= k;
          move(keys, dest + 1, tk, b + 1, k);
          if (values) move(values, dest + 1, tv, b + 1, k);
          nb -= k;
          if (nb === 1) {
            copyA();
            finished = true;
            return;
          }
          // nb == 0 only if the comparison is inconsistent.
          if (nb === 0) return;
        }
        take(true);
        na--;
        if (na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed and Fail: whatever is left of B goes back, ending at dest.
    if (!finished && nb) {
      move(keys, dest - (nb - 1), tk, 0, nb);
      if (values) move(values, dest - (nb - 1), tv, 0, nb);
    }
  }
}

/** merge_at: merges pending runs i and i+1, trimming the parts already in place first. */
function* mergeAt<K, V, Y, R>(ms: MergeState<K, V, Y, R>, i: number): Generator<Y, void, R> {
  const p = ms.pending;
  let pa = p[i]!.base;
  let na = p[i]!.len;
  const pb = p[i + 1]!.base;
  let nb = p[i + 1]!.len;
  p[i]!.len = na + nb;
  p.splice(i + 1, 1);
  // Where does B's first element go in A? What is before it is already in place.
  const k = yield* gallopRight(ms.lt, ms.keys[pb]!, ms.keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // Where does A's last element go in B? What is after it is already in place.
  nb = yield* gallopLeft(ms.lt, ms.keys[pa + na - 1]!, ms.keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) yield* mergeLo(ms, pa, na, pb, nb);
  else yield* mergeHi(ms, pa, na, pb, nb);
}

/**
 * powerloop: the powersort "power" of the boundary between the run [s1, s1+n1) and the next
 * run of length n2, in a list of length n: the first bit where the binary expansions of the
 * two runs' midpoints (as fractions of n) differ.
 */
export function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** found_new_run: merges stacked runs whose power exceeds the new boundary's. */
function* foundNewRun<K, V, Y, R>(ms: MergeState<K, V, Y, R>, n2: number, n: number): Generator<Y, void, R> {
  const p = ms.pending;
  if (p.length === 0) return;
  const top = p[p.length - 1]!;
  const power = powerloop(top.base, top.len, n2, n);
  while (p.length > 1 && p[p.length - 2]!.power > power) yield* mergeAt(ms, p.length - 2);
  p[p.length - 1]!.power = power;
}

/** merge_force_collapse: merges everything left, preferring the smaller neighbour. */
function* mergeForceCollapse<K, V, Y, R>(ms: MergeState<K, V, Y, R>): Generator<Y, void, R> {
  const p = ms.pending;
  while (p.length > 1) {
    let i = p.length - 2;
    if (i > 0 && p[i - 1]!.len < p[i + 1]!.len) i--;
    yield* mergeAt(ms, i);
  }
}

/** CPython's message when a list changed while it was being sorted (listsort_impl). */
export const LIST_MODIFIED_DURING_SORT = "list modified during sort";

/**
 * list.sort(key=..., reverse=...) over a detached item array: follows listsort_impl.
 *
 * The caller (the list type) must detach the list's storage before calling, so the list looks
 * empty during the sort as it does in CPython, and afterwards, if the list was modified (in
 * CPython: its `allocated` is no longer -1) and no other error is propagating, raise
 * ValueError(LIST_MODIFIED_DURING_SORT), then restore the sorted items.
 *
 * Keys are computed first, left to right; if a key call throws, items are untouched. For
 * reverse=True the items are reversed, sorted stably, and reversed back (also when a
 * comparison throws), which keeps equal elements in their original order.
 */
export function* listSortGen<T, K, Y, R>(
  items: T[],
  key: ((item: T) => Generator<Y, K, R>) | null,
  reverse: boolean,
  lt: LessThan<K | T, Y, R>,
): Generator<Y, void, R> {
  const n = items.length;
  let keys: (K | T)[] = items;
  if (key) {
    const computed: K[] = [];
    for (let i = 0; i < n; i++) computed.push(yield* key(items[i]!));
    keys = computed;
  }
  if (reverse) {
    if (keys !== items) keys.reverse();
    items.reverse();
  }
  try {
    yield* sortGen<K | T, T, Y, R>(keys, keys === items ? null : items, lt);
  } finally {
    if (reverse && n > 1) items.reverse();
  }
}
