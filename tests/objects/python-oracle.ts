import { spawnSync } from "node:child_process";

/**
 * Asks python3 (the oracle) for a batch of answers at once: the script reads the JSON value
 * `data` from stdin and must print one JSON value, which is returned. One process per batch keeps
 * tests cheap.
 */
export function askPython(script: string, data: unknown, env: Record<string, string> = {}): unknown {
  const r = spawnSync("python3", ["-c", `import json, sys\ndata = json.load(sys.stdin)\n${script}`], {
    input: JSON.stringify(data),
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONHASHSEED: "0", ...env },
  });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
}

/** The IEEE-754 bits of a double as 16 hex digits, so floats cross to python3 exactly. */
export function floatBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

/** Python source of a helper turning floatBits output back into a float. */
export const PY_FROM_BITS =
  "import struct\ndef from_bits(h): return struct.unpack('>d', bytes.fromhex(h))[0]\n";

/** A small deterministic PRNG (xorshift128+ over BigInt-free 32-bit halves) for test inputs. */
export class TestRandom {
  private a: number;
  private b: number;
  constructor(seed: number) {
    this.a = seed | 0 || 1;
    this.b = (seed * 2654435761) | 0 || 2;
  }
  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    let s1 = this.a;
    const s0 = this.b;
    this.a = s0;
    s1 ^= s1 << 23;
    s1 ^= s1 >>> 17;
    s1 ^= s0;
    s1 ^= s0 >>> 26;
    this.b = s1;
    return (this.b + s0) >>> 0;
  }
  /** Uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.u32() / 4294967296) * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)] as T;
  }
  /** A double from uniformly random bits (covers subnormals, huge values, inf and nan). */
  anyDouble(): number {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(0, this.u32());
    view.setUint32(4, this.u32());
    return view.getFloat64(0);
  }
}
