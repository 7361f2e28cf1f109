// The str/bytes hash seed of a run, as CPython's config_init_hash_seed reads PYTHONHASHSEED
// (Python/initconfig.c): unset, empty or "random" randomises hashes per run; an integer in
// [0; 4294967295] fixes them, 0 turning randomisation off.
//
// pyglass's "random" is not independent of the run's seed: it is derived from the seed that
// also chooses the thread schedule (--seed N, or the seed pyglass picked and prints when a
// threaded run fails, or a recording's), so one seed repeats a whole run — set and dict orders
// of strings included.

/** What CPython prints (and exits 1 after) for a PYTHONHASHSEED it cannot read. */
export const BAD_HASH_SEED_MESSAGE =
  'Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]\n' +
  "Python runtime state: preinitialized\n\n";

const MAX_SEED = 4294967295;

/**
 * The hash seed for PYTHONHASHSEED's value, `runSeed` standing in for the randomness of
 * "random"; null when the value is invalid. `fresh` gives a random seed for runs with no run seed.
 */
export function hashSeedFor(
  env: string | undefined,
  runSeed: number | null,
  fresh: () => number,
): number | null {
  if (env === undefined || env === "" || env === "random") {
    return runSeed === null ? fresh() : seedFromRunSeed(runSeed);
  }
  // strtoul as CPython calls it: leading whitespace and a sign pass, nothing may follow the
  // digits; a negated non-zero value wraps around to more than 4294967295.
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(env);
  if (m === null) return null;
  const n = Number(m[2]);
  if (m[1] === "-" && n !== 0) return null;
  return n <= MAX_SEED ? n : null;
}

/** A seed in [1; 4294967295] mixed from the run's seed (0 would turn randomisation off). */
function seedFromRunSeed(seed: number): number {
  let x = (seed ^ 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return (x % MAX_SEED) + 1;
}
