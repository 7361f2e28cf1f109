/**
 * The character properties of unicodedata (Modules/unicodedata.c's database records), decoded
 * from tables.generated.ts the first time the module asks for one: `import unicodedata` is
 * rare, and programs that never do pay nothing for the tables.
 */
import { VarintReader } from "../../objects/varint-text.js";
import type { PropertyRecord } from "./tables.generated.js";
import { dataTables } from "./tables.generated.js";

export interface Decomposition {
  /** The compatibility tag ("<compat>", "<font>", ...), "" for a canonical decomposition. */
  readonly tag: string;
  readonly cps: readonly number[];
}

export interface NumericValue {
  /** repr() of the float numeric() returns. */
  readonly numeric: string;
  readonly digit: boolean;
  readonly decimal: boolean;
}

interface Decoded {
  readonly records: readonly PropertyRecord[];
  /** Run starts, ascending, and the record of each run. */
  readonly starts: Int32Array;
  readonly recordOf: Uint16Array;
  readonly decompositions: Map<number, Decomposition>;
  readonly numerics: Map<number, NumericValue>;
  /** Canonical pair decompositions NFC does not recompose into their character. */
  readonly exclusions: Set<number>;
  /** Canonical pairs (first << 21 | second as a number key) -> the character they compose to. */
  readonly compositions: Map<number, number>;
}

let decoded: Decoded | null = null;

function decode(): Decoded {
  const t = dataTables();
  const starts: number[] = [];
  const recs: number[] = [];
  const r = new VarintReader(t.runs);
  let cp = 0;
  while (r.more()) {
    cp += r.read();
    starts.push(cp);
    recs.push(r.read());
  }
  const decompositions = new Map<number, Decomposition>();
  const d = new VarintReader(t.decompositions);
  cp = 0;
  while (d.more()) {
    cp += d.read();
    const tag = t.tags[d.read()]!;
    const n = d.read();
    const cps: number[] = [];
    for (let i = 0; i < n; i++) cps.push(d.read());
    decompositions.set(cp, { tag, cps });
  }
  const numerics = new Map<number, NumericValue>();
  const nr = new VarintReader(t.numerics);
  cp = 0;
  while (nr.more()) {
    cp += nr.read();
    const numeric = t.values[nr.read()]!;
    const kind = nr.read();
    numerics.set(cp, { numeric, digit: kind >= 1, decimal: kind === 2 });
  }
  const exclusions = new Set<number>();
  const e = new VarintReader(t.exclusions);
  cp = 0;
  while (e.more()) exclusions.add((cp += e.read()));
  const compositions = new Map<number, number>();
  for (const [c, dec] of decompositions) {
    if (dec.tag === "" && dec.cps.length === 2 && !exclusions.has(c))
      compositions.set(pairKey(dec.cps[0]!, dec.cps[1]!), c);
  }
  return {
    records: t.records,
    starts: Int32Array.from(starts),
    recordOf: Uint16Array.from(recs),
    decompositions,
    numerics,
    exclusions,
    compositions,
  };
}

export function pairKey(a: number, b: number): number {
  return a * 0x200000 + b;
}

export function tables(): Decoded {
  return (decoded ??= decode());
}

/** The property record of a code point (binary search over the runs). */
export function recordOf(cp: number): PropertyRecord {
  const t = tables();
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return t.records[t.recordOf[lo]!]!;
}

/** unicodedata.decomposition's text: the tag, if any, then the code points in hex. */
export function decompositionText(cp: number): string {
  const d = tables().decompositions.get(cp);
  if (d === undefined) return "";
  const hex = d.cps.map((c) => c.toString(16).toUpperCase().padStart(4, "0")).join(" ");
  return d.tag === "" ? hex : `${d.tag} ${hex}`;
}
